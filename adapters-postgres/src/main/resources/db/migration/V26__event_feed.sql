-- A webhook event stream reads its events from logs by position instead of from an outbox row per event.
--
-- With one active stream, a write paid about 10 % of its throughput for the outbox row of each event (a heap row and
-- two index entries; docs/benchmarks.md, "Event streams"), on top of the event's own log row. A webhook stream is
-- acknowledged in order, so a position is all it needs: the event rows of logs carry the transaction that wrote them
-- (tx, set only for an entry some event stream collects), a partial index orders them by (tx, log_id), and each
-- such stream keeps
--   feed_types  the log types it delivers (its subscriptions), NULL when it reads no feed (a poll stream, whose
--               acknowledgements come in any order (RFC 8936), and a paused stream, which collects nothing);
--   feed_tx, feed_log  its position: every event up to it is delivered;
--   feed_start  the snapshot taken when the feed began: what that snapshot sees happened before, and is not the
--               stream's.
-- A read takes the events after the position from transactions below its snapshot's xmin, which have all ended, so
-- a position never passes an event a transaction still open may yet commit. The outbox stays for poll streams, for
-- redeliveries, and for what a webhook stream owed when its feed changed (PostgresEventStreamRepository).
ALTER TABLE logs ADD COLUMN tx xid8;
CREATE INDEX logs_event_feed_idx ON logs (tx, log_id) WHERE tx IS NOT NULL;

ALTER TABLE event_streams ADD COLUMN feed_types text[],
                          ADD COLUMN feed_tx xid8 NOT NULL DEFAULT '0',
                          ADD COLUMN feed_log text COLLATE "C" NOT NULL DEFAULT '',
                          ADD COLUMN feed_start pg_snapshot;

-- The webhook streams that collect read the feed from now on; what their outbox holds is still delivered first.
UPDATE event_streams
SET feed_types = string_to_array(subscriptions, ','),
    feed_start = pg_current_snapshot(),
    feed_tx = pg_snapshot_xmin(pg_current_snapshot()),
    feed_log = ''
WHERE destination_type = 'webhook' AND status <> 'paused';

-- store_log_rows (V12, V20) for batches that mark, as a tenth value, each entry an event stream collects ("feed":
-- true at the top): such entries get their transaction in tx, and no outbox row for a stream that reads the feed.
-- A batch without the mark (a process of the version before, during a rolling upgrade) gets outbox rows as before,
-- which the feed's readers deliver too. No stream keeps anything while it is paused.
CREATE OR REPLACE FUNCTION store_log_rows(batch jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    -- A variable, not the expression in the join below: event_streams has a column named batch (V23).
    marked constant boolean := batch ? 'feed';
BEGIN
    INSERT INTO logs (log_id, type, date, connection_id, description, ip, user_agent, user_id, details, tx)
    SELECT entry ->> 0, entry ->> 1, (entry ->> 2)::timestamptz, entry ->> 3, entry ->> 4, entry ->> 5,
           entry ->> 6, entry ->> 7, entry -> 8, CASE WHEN entry -> 9 IS NOT NULL THEN pg_current_xact_id() END
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
        WHERE stream.status <> 'paused' AND (stream.feed_types IS NULL OR NOT marked)
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
