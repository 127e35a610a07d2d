-- store_log_rows (V12, V20, V26) without the event streams' outbox statement when no stream could take a row from it.
--
-- Since V26 a webhook stream reads its events from logs, so for a marked batch the INSERT into event_stream_outbox
-- inserts nothing unless some stream reads no feed (a poll stream). Yet it was the dearest thing the event cost the
-- write: measured with the server under load (docs/benchmarks.md, "Thirteenth session"), one webhook stream added
-- about 93 µs of PostgreSQL's CPU to each write, about 33 µs without the statement, and about 39 µs with this guard,
-- which skips it while no stream reads without a feed.
--
-- The guard reads event_streams where the INSERT did, after the entries are in logs, so the rule of V26 holds: a
-- feed that stops locks logs first, waits for this write, and keeps what it owed in the outbox; a stream that starts
-- a feed or appears afterwards is seen by whichever of the two statements reads it. A batch without the mark (the
-- version before V26) still runs the INSERT.
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

    IF coalesce(jsonb_array_length(batch -> 'event_streams'), 0) > 0
       AND (NOT marked OR EXISTS (SELECT 1 FROM event_streams WHERE feed_types IS NULL AND status <> 'paused')) THEN
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
