-- SCIM Groups. Memberships are rows of their own, so a membership change costs the size of the change; the group
-- row carries member_count, kept in the same transaction as the membership rows it counts.

CREATE TABLE scim_groups (
    -- Creation order, for stable paging, as for users.
    seq              bigserial   NOT NULL UNIQUE,
    group_id         text        COLLATE "C" PRIMARY KEY,
    connection_id    text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    display_name     text        NOT NULL,
    -- CanonicalForm of display_name (NFKC + lower case), computed in Java: uniqueness, filters and sorting.
    display_name_key text        COLLATE "C" NOT NULL,
    external_id      text        COLLATE "C",
    member_count     bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CONSTRAINT scim_groups_display_name_unique UNIQUE (connection_id, display_name_key)
);

CREATE INDEX scim_groups_connection_seq_idx ON scim_groups (connection_id, seq);
CREATE INDEX scim_groups_external_id_idx ON scim_groups (connection_id, external_id);

CREATE TABLE group_members (
    group_id text COLLATE "C" NOT NULL REFERENCES scim_groups (group_id) ON DELETE CASCADE,
    user_id  text COLLATE "C" NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);

-- A user's groups (the SCIM groups attribute, members filters, user deletion).
CREATE INDEX group_members_user_idx ON group_members (user_id);
