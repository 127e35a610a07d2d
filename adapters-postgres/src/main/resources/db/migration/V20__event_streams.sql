-- Event streams (SPEC §11). Events are log entries (user.*, group.*), so they share the log streams' outbox design:
-- store_log_rows, called in the statement or transaction of each user and group write, also keeps each entry for the
-- event streams its routing names, so a change and its pending events commit together.
CREATE TABLE event_streams (
    id                  text        COLLATE "C" PRIMARY KEY,
    name                text        NOT NULL,
    format              text        NOT NULL,
    destination_type    text        NOT NULL,
    url                 text,
    authorization_value text,
    subscriptions       text        NOT NULL,
    audience            text,
    status              text        NOT NULL,
    version             bigint      NOT NULL,
    failures            integer     NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz,
    last_error          text,
    lease_owner         text,
    lease_until         timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE TABLE event_stream_outbox (
    stream_id text   COLLATE "C" NOT NULL REFERENCES event_streams (id) ON DELETE CASCADE,
    log_id    text   COLLATE "C" NOT NULL,
    -- Insertion order, which is the delivery order.
    seq       bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (stream_id, log_id)
);

CREATE INDEX event_stream_outbox_order_idx ON event_stream_outbox (stream_id, seq);
-- Log retention keeps what an event stream still owes (PostgresLogRepository's DELETE_OLDEST).
CREATE INDEX event_stream_outbox_log_idx ON event_stream_outbox (log_id);

-- Recent delivery attempts per stream, for GET /api/v2/event-streams/{id}/deliveries.
CREATE TABLE event_deliveries (
    stream_id text        COLLATE "C" NOT NULL REFERENCES event_streams (id) ON DELETE CASCADE,
    seq       bigint      GENERATED ALWAYS AS IDENTITY,
    event_id  text        NOT NULL,
    at        timestamptz NOT NULL,
    outcome   text        NOT NULL,
    status    integer,
    detail    text,
    PRIMARY KEY (stream_id, seq)
);

-- Routing reads the event streams: processes keep them in memory while they observe this notification.
CREATE TRIGGER event_streams_settings_change
    AFTER INSERT OR DELETE OR UPDATE OF status, subscriptions ON event_streams
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();

-- store_log_rows (V12) with one more optional array, the (entry, event stream) pairs in delivery order:
--   "event_streams": [[log_id, stream_id], ...]
-- A batch without it (a process of the version before, during a rolling upgrade) stores what it stored before.
CREATE OR REPLACE FUNCTION store_log_rows(batch jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO logs (log_id, type, date, connection_id, description, ip, user_agent, user_id, details)
    SELECT entry ->> 0, entry ->> 1, (entry ->> 2)::timestamptz, entry ->> 3, entry ->> 4, entry ->> 5,
           entry ->> 6, entry ->> 7, entry -> 8
    FROM jsonb_array_elements(batch -> 'entries') AS entry;

    IF jsonb_array_length(batch -> 'streams') > 0 THEN
        INSERT INTO log_stream_outbox (stream_id, log_id)
        SELECT stream.id, route.value ->> 0
        FROM jsonb_array_elements(batch -> 'streams') WITH ORDINALITY AS route (value, position)
        JOIN log_streams stream ON stream.id = route.value ->> 1
        ORDER BY route.position;
    END IF;

    IF coalesce(jsonb_array_length(batch -> 'event_streams'), 0) > 0 THEN
        INSERT INTO event_stream_outbox (stream_id, log_id)
        SELECT stream.id, route.value ->> 0
        FROM jsonb_array_elements(batch -> 'event_streams') WITH ORDINALITY AS route (value, position)
        JOIN event_streams stream ON stream.id = route.value ->> 1
        ORDER BY route.position;
    END IF;

    IF jsonb_array_length(batch -> 'ends_sessions') > 0 THEN
        INSERT INTO deprovisionings (log_id, user_id)
        SELECT ending.value ->> 0, ending.value ->> 1
        FROM jsonb_array_elements(batch -> 'ends_sessions') WITH ORDINALITY AS ending (value, position)
        ORDER BY ending.position;
    END IF;

    RETURN jsonb_array_length(batch -> 'entries');
END
$$;
