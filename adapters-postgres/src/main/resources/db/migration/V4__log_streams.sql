-- Log streams (SPEC §4-§5) and their outbox. Every insert into logs also inserts, in the same statement, one outbox
-- row per stream that collects the entry, so the entry and its pending deliveries are committed together.
CREATE TABLE log_streams (
    id              text        COLLATE "C" PRIMARY KEY,
    name            text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('active', 'paused', 'suspended')),
    endpoint        text        NOT NULL,
    authorization_value text,
    content_format  text        NOT NULL,
    categories      text        NOT NULL,
    -- The log types the categories accept; null: every type.
    log_types       text[],
    version         bigint      NOT NULL,
    failures        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    lease_owner     text,
    lease_until     timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE log_stream_outbox (
    stream_id text   COLLATE "C" NOT NULL REFERENCES log_streams (id) ON DELETE CASCADE,
    log_id    text   COLLATE "C" NOT NULL,
    -- Insertion order, which is the delivery order.
    seq       bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (stream_id, log_id)
);

CREATE INDEX log_stream_outbox_order_idx ON log_stream_outbox (stream_id, seq);
