-- Storing a log entry and what it sets off. The application decides, for each entry, the log streams that keep it
-- and whether it ends its user's sessions (RoutedLogEntry); this function only stores those decisions, inside the
-- caller's statement so a write and its entries commit together. Arguments: the nine columns of the entries as
-- parallel arrays, whether each ends its user's sessions, and the (log id, stream id) pairs of the routing in
-- delivery order. A stream deleted since the routing was decided keeps nothing.
CREATE FUNCTION store_log_entries(log_ids text[], types text[], dates timestamptz[], connection_ids text[],
                                  descriptions text[], ips text[], user_agents text[], user_ids text[],
                                  details jsonb[], ends_sessions boolean[], route_log_ids text[],
                                  route_stream_ids text[]) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(log_ids) = 1 THEN
        -- The common case, one entry per write: plain values insert faster than one-element arrays unnested.
        INSERT INTO logs (log_id, type, date, connection_id, description, ip, user_agent, user_id, details)
        VALUES (log_ids[1], types[1], dates[1], connection_ids[1], descriptions[1], ips[1], user_agents[1],
                user_ids[1], details[1]);
    ELSE
        INSERT INTO logs (log_id, type, date, connection_id, description, ip, user_agent, user_id, details)
        SELECT * FROM unnest(log_ids, types, dates, connection_ids, descriptions, ips, user_agents, user_ids,
                             details);
    END IF;

    IF cardinality(route_log_ids) > 0 THEN
        INSERT INTO log_stream_outbox (stream_id, log_id)
        SELECT route.stream_id, route.log_id
        FROM unnest(route_stream_ids, route_log_ids) WITH ORDINALITY AS route (stream_id, log_id, position)
        JOIN log_streams stream ON stream.id = route.stream_id
        ORDER BY route.position;
    END IF;

    IF true = ANY (ends_sessions) THEN
        INSERT INTO deprovisionings (log_id, user_id)
        SELECT entry.log_id, entry.user_id
        FROM unnest(log_ids, user_ids, ends_sessions) WITH ORDINALITY AS entry (log_id, user_id, ends, position)
        WHERE entry.ends
        ORDER BY entry.position;
    END IF;

    RETURN cardinality(log_ids);
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
