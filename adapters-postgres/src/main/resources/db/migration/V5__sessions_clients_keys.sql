-- Clients (applications) with their back-channel logout URLs.
CREATE TABLE clients (
    client_id   text        COLLATE "C" PRIMARY KEY,
    name        text        NOT NULL,
    logout_urls text[]      NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Sessions and refresh tokens the login layer reported. No foreign key to users: a deleted user's sessions end
-- through the deprovisioning queue below, in order with its other events.
CREATE TABLE user_sessions (
    session_id    text        COLLATE "C" PRIMARY KEY,
    user_id       text        COLLATE "C" NOT NULL,
    client_id     text,
    created_at    timestamptz NOT NULL,
    last_login_at timestamptz NOT NULL
);
CREATE INDEX user_sessions_user_idx ON user_sessions (user_id);

CREATE TABLE refresh_tokens (
    token_id   text        COLLATE "C" PRIMARY KEY,
    user_id    text        COLLATE "C" NOT NULL,
    client_id  text,
    session_id text,
    created_at timestamptz NOT NULL
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Users whose sessions must end: filled by the insert of a user.deactivated or user.deleted log entry, in the same
-- statement (see PostgresLogRepository), so the user write and the queued deprovisioning commit together.
CREATE TABLE deprovisionings (
    log_id  text   COLLATE "C" PRIMARY KEY,
    user_id text   COLLATE "C" NOT NULL,
    seq     bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX deprovisionings_order_idx ON deprovisionings (seq);

-- Back-channel logouts still owed.
CREATE TABLE logout_notices (
    notice_id       text        COLLATE "C" PRIMARY KEY,
    user_id         text        COLLATE "C" NOT NULL,
    session_id      text,
    client_id       text,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    delivered       text[]      NOT NULL DEFAULT '{}',
    lease_owner     text,
    lease_until     timestamptz,
    seq             bigint      GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX logout_notices_order_idx ON logout_notices (seq);
CREATE INDEX logout_notices_user_idx ON logout_notices (user_id);

-- Token signing keys; at most one current.
CREATE TABLE signing_keys (
    kid         text        COLLATE "C" PRIMARY KEY,
    public_key  text        NOT NULL,
    private_key text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('current', 'previous', 'revoked')),
    created_at  timestamptz NOT NULL,
    rotated_at  timestamptz
);
CREATE UNIQUE INDEX signing_keys_one_current ON signing_keys (status) WHERE status = 'current';
