-- Roles (SPEC §12) and their assignments. A role is tenant-wide; every assignment names the connection of what it
-- is assigned to, so a connection's assignments are found by it, and each goes with its role, its user or group,
-- and its organization through the foreign keys.

CREATE TABLE roles (
    -- Creation order, for stable paging.
    seq         bigserial   NOT NULL UNIQUE,
    role_id     text        COLLATE "C" PRIMARY KEY,
    name        text        NOT NULL,
    -- CanonicalText of name, computed in Java: uniqueness and the value filters of /Roles.
    name_key    text        COLLATE "C" NOT NULL,
    description text,
    -- CanonicalText of the SCIM display (description, else name): the display filters of /Roles.
    display_key text        COLLATE "C" NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT roles_name_unique UNIQUE (name_key)
);

-- A user's own roles, one row per source (direct or scim), so role sync replaces only its own rows.
CREATE TABLE user_roles (
    user_id       text COLLATE "C" NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    source        text COLLATE "C" NOT NULL,
    role_id       text COLLATE "C" NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    connection_id text COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, source, role_id)
);
CREATE INDEX user_roles_role_idx ON user_roles (role_id);
CREATE INDEX user_roles_connection_idx ON user_roles (connection_id);

-- A group's tenant-level roles: a member's inherited roles are group_members (by user) joined here by group.
CREATE TABLE group_roles (
    group_id      text COLLATE "C" NOT NULL REFERENCES scim_groups (group_id) ON DELETE CASCADE,
    role_id       text COLLATE "C" NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    connection_id text COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, role_id)
);
CREATE INDEX group_roles_role_idx ON group_roles (role_id);
CREATE INDEX group_roles_connection_idx ON group_roles (connection_id);

-- A group's roles inside an organization, found from a member's groups (group first) for one or all organizations.
CREATE TABLE organization_group_roles (
    group_id      text COLLATE "C" NOT NULL REFERENCES scim_groups (group_id) ON DELETE CASCADE,
    org_id        text COLLATE "C" NOT NULL REFERENCES organizations (org_id) ON DELETE CASCADE,
    role_id       text COLLATE "C" NOT NULL REFERENCES roles (role_id) ON DELETE CASCADE,
    connection_id text COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, org_id, role_id)
);
CREATE INDEX organization_group_roles_role_idx ON organization_group_roles (role_id);
CREATE INDEX organization_group_roles_org_idx ON organization_group_roles (org_id);
CREATE INDEX organization_group_roles_connection_idx ON organization_group_roles (connection_id);
