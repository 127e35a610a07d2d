CREATE TABLE organizations (
    org_id       text        COLLATE "C" PRIMARY KEY,
    name         text        NOT NULL UNIQUE,
    display_name text,
    created_at   timestamptz NOT NULL
);

CREATE TABLE organization_connections (
    org_id        text    COLLATE "C" NOT NULL REFERENCES organizations (org_id) ON DELETE CASCADE,
    connection_id text    COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    assign_on_login boolean NOT NULL,
    PRIMARY KEY (org_id, connection_id)
);
CREATE INDEX organization_connections_connection_idx ON organization_connections (connection_id);

-- Members are users: deleting either side ends the membership.
CREATE TABLE organization_members (
    org_id  text COLLATE "C" NOT NULL REFERENCES organizations (org_id) ON DELETE CASCADE,
    user_id text COLLATE "C" NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX organization_members_user_idx ON organization_members (user_id);
