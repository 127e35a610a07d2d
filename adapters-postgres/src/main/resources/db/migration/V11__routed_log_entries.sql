-- Storing log entries and what they set off. The application decides, for each entry, the log streams that keep it
-- and whether it ends its user's sessions (RoutedLogEntry); this function only stores those decisions, inside the
-- caller's statement so a write and its entries commit together. One JSON argument however many entries:
--   {"entries": [{"log_id", "type", "date", "connection_id", "description", "ip", "user_agent", "user_id",
--                 "details"}, ...],
--    "streams": [{"log_id", "stream_id"}, ...],          -- in delivery order
--    "ends_sessions": [{"log_id", "user_id"}, ...]}
-- The details (the request's redacted body) travel as JSON once rather than escaped inside an array literal, and a
-- write that sets nothing off costs one insert. A stream deleted since the routing was decided keeps nothing.
CREATE FUNCTION store_log_entries(batch jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO logs (log_id, type, date, connection_id, description, ip, user_agent, user_id, details)
    SELECT entry.log_id, entry.type, entry.date, entry.connection_id, entry.description, entry.ip, entry.user_agent,
           entry.user_id, entry.details
    FROM jsonb_to_recordset(batch -> 'entries') AS entry (log_id text, type text, date timestamptz,
                                                          connection_id text, description text, ip text,
                                                          user_agent text, user_id text, details jsonb);

    IF jsonb_array_length(batch -> 'streams') > 0 THEN
        INSERT INTO log_stream_outbox (stream_id, log_id)
        SELECT stream.id, route.log_id
        FROM ROWS FROM (jsonb_to_recordset(batch -> 'streams') AS (log_id text, stream_id text))
             WITH ORDINALITY AS route (log_id, stream_id, position)
        JOIN log_streams stream ON stream.id = route.stream_id
        ORDER BY route.position;
    END IF;

    IF jsonb_array_length(batch -> 'ends_sessions') > 0 THEN
        INSERT INTO deprovisionings (log_id, user_id)
        SELECT ending.log_id, ending.user_id
        FROM ROWS FROM (jsonb_to_recordset(batch -> 'ends_sessions') AS (log_id text, user_id text))
             WITH ORDINALITY AS ending (log_id, user_id, position)
        ORDER BY ending.position;
    END IF;

    RETURN jsonb_array_length(batch -> 'entries');
END
$$;

-- The application routes entries now: the accepted log types are no longer kept beside the categories.
ALTER TABLE log_streams DROP COLUMN log_types;

-- Routing reads the log streams, and a new user's organizations come from organization_connections: processes
-- keep both in memory while they observe these notifications (the same channel as authentication's settings).
-- Delivery bookkeeping on log_streams (failures, leases) changes no routing and notifies nothing.
CREATE TRIGGER log_streams_settings_change
    AFTER INSERT OR DELETE OR UPDATE OF status, categories ON log_streams
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
CREATE TRIGGER organization_connections_settings_change
    AFTER INSERT OR UPDATE OR DELETE ON organization_connections
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
