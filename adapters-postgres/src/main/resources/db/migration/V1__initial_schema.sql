-- Initial schema of the Inbound SCIM Server PostgreSQL store.
-- Uniqueness lives in the database (unique constraints), never in check-then-insert code, so concurrent
-- identical writes have exactly one winner.
-- Id columns use the "C" collation: ids are ASCII, compared and ordered byte-wise (cursor paging, stable order)
-- whatever the database's default collation is, and byte-wise comparison is also the fastest.

CREATE TABLE connections (
    id                         text        COLLATE "C" PRIMARY KEY,
    name                       text        NOT NULL,
    -- Names are ASCII ([A-Za-z0-9-]), so lower() is a complete case fold for them.
    name_key                   text        GENERATED ALWAYS AS (lower(name)) STORED,
    strategy                   text        NOT NULL,
    display_name               text,
    sync_user_profile_at_login boolean     NOT NULL,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    CONSTRAINT connections_name_key_unique UNIQUE (name_key)
);

CREATE TABLE scim_configurations (
    connection_id     text        COLLATE "C" PRIMARY KEY REFERENCES connections (id) ON DELETE CASCADE,
    user_id_attribute text        NOT NULL,
    mapping           jsonb       NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);

CREATE TABLE scim_tokens (
    token_id      text        COLLATE "C" PRIMARY KEY,
    connection_id text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    secret_digest text        NOT NULL,
    scopes        text[]      NOT NULL,
    created_at    timestamptz NOT NULL,
    valid_until   timestamptz,
    last_used_at  timestamptz
);

CREATE INDEX scim_tokens_connection_idx ON scim_tokens (connection_id);

CREATE TABLE users (
    -- Creation order, so paging is stable (SCIM startIndex/count) without relying on timestamps.
    seq                   bigserial   NOT NULL UNIQUE,
    user_id               text        COLLATE "C" PRIMARY KEY,
    connection_id         text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    profile               jsonb       NOT NULL,
    -- The profile with every string in CanonicalForm (NFKC + lower case), computed in Java at write time, so
    -- case-insensitive equality is a containment query the GIN index answers.
    profile_ci            jsonb       NOT NULL,
    identities            jsonb       NOT NULL,
    user_name_key         text,
    user_id_attribute_key text,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL,
    CONSTRAINT users_user_name_unique UNIQUE (connection_id, user_name_key),
    CONSTRAINT users_user_id_attribute_unique UNIQUE (connection_id, user_id_attribute_key)
);

CREATE INDEX users_connection_seq_idx ON users (connection_id, seq);
CREATE INDEX users_profile_gin ON users USING gin (profile jsonb_path_ops);
CREATE INDEX users_profile_ci_gin ON users USING gin (profile_ci jsonb_path_ops);

CREATE TABLE logs (
    -- Log ids start with the zero-padded epoch millisecond, so their order is the date order.
    log_id        text        COLLATE "C" PRIMARY KEY,
    type          text        NOT NULL,
    date          timestamptz NOT NULL,
    connection_id text        COLLATE "C",
    description   text,
    ip            text,
    user_agent    text,
    user_id       text,
    details       jsonb       NOT NULL
);

CREATE INDEX logs_date_idx ON logs (date DESC);
CREATE INDEX logs_connection_idx ON logs (connection_id, log_id DESC);
CREATE INDEX logs_type_idx ON logs (type, log_id DESC);

-- The digest of the generated Management API token: one row at most.
CREATE TABLE admin_token (
    id     integer PRIMARY KEY CHECK (id = 1),
    digest text    NOT NULL
);
