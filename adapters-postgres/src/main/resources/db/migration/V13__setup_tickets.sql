-- Setup tickets (SPEC §8): a link for the customer's IT admin; only the secret's digest is kept. token_id is the
-- SCIM token the ticket issued last (no foreign key: the token may be revoked on its own).
CREATE TABLE setup_tickets (
    ticket_id      text        COLLATE "C" PRIMARY KEY,
    connection_id  text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    secret_digest  text        NOT NULL,
    scopes         text[]      NOT NULL,
    token_lifetime bigint,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    token_id       text        COLLATE "C"
);

CREATE INDEX setup_tickets_connection_idx ON setup_tickets (connection_id, created_at, ticket_id);
