-- OAuth clients of connections' SCIM endpoints (SPEC §9) and their secrets' digests.
CREATE TABLE scim_clients (
    client_id     text        COLLATE "C" PRIMARY KEY,
    connection_id text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    scopes        text[]      NOT NULL,
    description   text,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz
);

CREATE INDEX scim_clients_connection_idx ON scim_clients (connection_id, created_at, client_id);

CREATE TABLE scim_client_secrets (
    secret_id     text        COLLATE "C" PRIMARY KEY,
    client_id     text        COLLATE "C" NOT NULL REFERENCES scim_clients (client_id) ON DELETE CASCADE,
    secret_digest text        NOT NULL,
    created_at    timestamptz NOT NULL,
    valid_until   timestamptz NOT NULL
);

CREATE INDEX scim_client_secrets_client_idx ON scim_client_secrets (client_id, created_at, secret_id);

-- Access tokens of the token endpoint live beside the static tokens, so the SCIM endpoint accepts both alike and a
-- deletion reaches other processes through the same notification; issued_to/issued_with say what ends them.
ALTER TABLE scim_tokens
    ADD COLUMN issued_to   text COLLATE "C",
    ADD COLUMN issued_with text COLLATE "C";

CREATE INDEX scim_tokens_issued_to_idx ON scim_tokens (issued_to, valid_until) WHERE issued_to IS NOT NULL;
CREATE INDEX scim_tokens_issued_with_idx ON scim_tokens (issued_with) WHERE issued_with IS NOT NULL;
