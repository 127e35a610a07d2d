-- Shard-ready keys (issue 20, docs/scaling.md): every table of per-connection data is keyed by connection_id first.
-- Its primary key and every unique constraint include connection_id, and every foreign key between two of them goes
-- through connection_id, which is what Citus asks of tables distributed by that column (and what a shard key needs
-- on MongoDB). The per-connection tables: users, user_counts, soft_deleted_users, scim_groups, group_members,
-- user_roles, group_roles, organization_group_roles, organization_members.
--
-- Ids stay unique across connections (the Management API finds a user or a group by its id alone), through two
-- small directories keyed by the id: the id's connection is looked up there first, then the per-connection tables
-- are read with both keys.

-- The connection of every user id that is taken: by a live user (held_until null) or by a soft-deleted one until
-- its window closes (held_until), after which a create of that id, in any connection, may take it over.
CREATE TABLE user_connections (
    user_id       text        COLLATE "C" PRIMARY KEY,
    connection_id text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    held_until    timestamptz
);
CREATE INDEX user_connections_connection_idx ON user_connections (connection_id);

INSERT INTO user_connections (user_id, connection_id, held_until)
SELECT user_id, connection_id, NULL FROM users;
-- A soft-deleted user whose id a live user took again (its window had closed) gives way to the live one.
INSERT INTO user_connections (user_id, connection_id, held_until)
SELECT user_id, connection_id, restore_until FROM soft_deleted_users
ON CONFLICT (user_id) DO NOTHING;

-- The connection of every group id.
CREATE TABLE group_connections (
    group_id      text COLLATE "C" PRIMARY KEY,
    connection_id text COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE
);
CREATE INDEX group_connections_connection_idx ON group_connections (connection_id);

INSERT INTO group_connections (group_id, connection_id)
SELECT group_id, connection_id FROM scim_groups;

-- The foreign keys to users (user_id) and scim_groups (group_id) go before the keys they reference change.
ALTER TABLE group_members DROP CONSTRAINT group_members_group_id_fkey,
                          DROP CONSTRAINT group_members_user_id_fkey;
ALTER TABLE user_roles DROP CONSTRAINT user_roles_user_id_fkey;
ALTER TABLE group_roles DROP CONSTRAINT group_roles_group_id_fkey;
ALTER TABLE organization_group_roles DROP CONSTRAINT organization_group_roles_group_id_fkey;
ALTER TABLE organization_members DROP CONSTRAINT organization_members_user_id_fkey;

-- users: keyed by (connection_id, user_id). seq only orders a connection's users (paging, keyset cursors, always
-- with connection_id = ?), so it is unique per connection; the unique index replaces users_connection_seq_idx.
ALTER TABLE users DROP CONSTRAINT users_pkey,
                  DROP CONSTRAINT users_seq_key;
ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (connection_id, user_id),
                  ADD CONSTRAINT users_connection_seq_unique UNIQUE (connection_id, seq);
DROP INDEX users_connection_seq_idx;

-- scim_groups: the same, for groups.
ALTER TABLE scim_groups DROP CONSTRAINT scim_groups_pkey,
                        DROP CONSTRAINT scim_groups_seq_key;
ALTER TABLE scim_groups ADD CONSTRAINT scim_groups_pkey PRIMARY KEY (connection_id, group_id),
                        ADD CONSTRAINT scim_groups_connection_seq_unique UNIQUE (connection_id, seq);
DROP INDEX scim_groups_connection_seq_idx;

-- soft_deleted_users: keyed by (connection_id, user_id); its indexes already start with connection_id.
ALTER TABLE soft_deleted_users DROP CONSTRAINT soft_deleted_users_pkey;
ALTER TABLE soft_deleted_users ADD CONSTRAINT soft_deleted_users_pkey PRIMARY KEY (connection_id, user_id);

-- group_members: a membership carries its group's connection, which is its user's too.
ALTER TABLE group_members ADD COLUMN connection_id text COLLATE "C";
UPDATE group_members member SET connection_id = owner.connection_id
FROM scim_groups owner WHERE owner.group_id = member.group_id;
-- A membership whose user belongs to another connection never was written (the repositories check it); none stays.
DELETE FROM group_members member
WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.connection_id = member.connection_id AND u.user_id = member.user_id);
ALTER TABLE group_members ALTER COLUMN connection_id SET NOT NULL;
ALTER TABLE group_members DROP CONSTRAINT group_members_pkey;
ALTER TABLE group_members
    ADD CONSTRAINT group_members_pkey PRIMARY KEY (connection_id, group_id, user_id),
    ADD CONSTRAINT group_members_group_fkey FOREIGN KEY (connection_id, group_id)
        REFERENCES scim_groups (connection_id, group_id) ON DELETE CASCADE,
    ADD CONSTRAINT group_members_user_fkey FOREIGN KEY (connection_id, user_id)
        REFERENCES users (connection_id, user_id) ON DELETE CASCADE;
-- A user's groups (the SCIM groups attribute, members filters, user deletion), within its connection.
DROP INDEX group_members_user_idx;
CREATE INDEX group_members_user_idx ON group_members (connection_id, user_id);

-- Role assignments already name their holder's connection (V18); their keys and foreign keys now start with it.
UPDATE user_roles assignment SET connection_id = holder.connection_id
FROM users holder WHERE holder.user_id = assignment.user_id AND holder.connection_id <> assignment.connection_id;
ALTER TABLE user_roles DROP CONSTRAINT user_roles_pkey;
ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (connection_id, user_id, source, role_id),
    ADD CONSTRAINT user_roles_user_fkey FOREIGN KEY (connection_id, user_id)
        REFERENCES users (connection_id, user_id) ON DELETE CASCADE;
DROP INDEX user_roles_connection_idx;

UPDATE group_roles assignment SET connection_id = holder.connection_id
FROM scim_groups holder
WHERE holder.group_id = assignment.group_id AND holder.connection_id <> assignment.connection_id;
ALTER TABLE group_roles DROP CONSTRAINT group_roles_pkey;
ALTER TABLE group_roles
    ADD CONSTRAINT group_roles_pkey PRIMARY KEY (connection_id, group_id, role_id),
    ADD CONSTRAINT group_roles_group_fkey FOREIGN KEY (connection_id, group_id)
        REFERENCES scim_groups (connection_id, group_id) ON DELETE CASCADE;
DROP INDEX group_roles_connection_idx;

UPDATE organization_group_roles assignment SET connection_id = holder.connection_id
FROM scim_groups holder
WHERE holder.group_id = assignment.group_id AND holder.connection_id <> assignment.connection_id;
ALTER TABLE organization_group_roles DROP CONSTRAINT organization_group_roles_pkey;
ALTER TABLE organization_group_roles
    ADD CONSTRAINT organization_group_roles_pkey PRIMARY KEY (connection_id, group_id, org_id, role_id),
    ADD CONSTRAINT organization_group_roles_group_fkey FOREIGN KEY (connection_id, group_id)
        REFERENCES scim_groups (connection_id, group_id) ON DELETE CASCADE;
DROP INDEX organization_group_roles_connection_idx;

-- organization_members: a membership carries its user's connection. Keyed user first (a user's organizations);
-- an organization's members, across connections, come from organization_members_org_idx.
ALTER TABLE organization_members ADD COLUMN connection_id text COLLATE "C";
UPDATE organization_members member SET connection_id = u.connection_id
FROM users u WHERE u.user_id = member.user_id;
DELETE FROM organization_members WHERE connection_id IS NULL;
ALTER TABLE organization_members ALTER COLUMN connection_id SET NOT NULL;
ALTER TABLE organization_members DROP CONSTRAINT organization_members_pkey;
ALTER TABLE organization_members
    ADD CONSTRAINT organization_members_pkey PRIMARY KEY (connection_id, user_id, org_id),
    ADD CONSTRAINT organization_members_user_fkey FOREIGN KEY (connection_id, user_id)
        REFERENCES users (connection_id, user_id) ON DELETE CASCADE;
DROP INDEX organization_members_user_idx;
CREATE INDEX organization_members_org_idx ON organization_members (org_id, user_id);
