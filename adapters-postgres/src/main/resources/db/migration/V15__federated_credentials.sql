-- Federated credentials of connections' SCIM endpoints (SPEC §9, RFC 7523 client assertions), and the assertions
-- they accepted, kept until they expire so none is accepted twice by any server process.
CREATE TABLE federated_credentials (
    credential_id text        COLLATE "C" PRIMARY KEY,
    connection_id text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    issuer        text        NOT NULL,
    subject       text        NOT NULL,
    audience      text        NOT NULL,
    jwks_uri      text        NOT NULL,
    scopes        text[]      NOT NULL,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz
);

CREATE INDEX federated_credentials_connection_idx ON federated_credentials (connection_id, created_at, credential_id);

CREATE TABLE accepted_assertions (
    credential_id text        COLLATE "C" NOT NULL REFERENCES federated_credentials (credential_id) ON DELETE CASCADE,
    jti           text        NOT NULL,
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (credential_id, jti)
);

CREATE INDEX accepted_assertions_expiry_idx ON accepted_assertions (expires_at);
