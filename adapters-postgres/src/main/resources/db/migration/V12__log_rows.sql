-- store_log_rows: what store_log_entries (V11) does, with each entry, route and ending as a JSON array of its values
-- in column order instead of an object: PostgreSQL builds a jsonb object with sorted keys for every element of its
-- argument, and every SCIM request writes an entry, so the objects cost each request about 15 % of the database's
-- time (benchmarks.md, issue 14). store_log_entries stays for processes of the version before during a rolling
-- upgrade.
--   {"entries":       [[log_id, type, date, connection_id, description, ip, user_agent, user_id, details], ...],
--    "streams":       [[log_id, stream_id], ...],        -- in delivery order
--    "ends_sessions": [[log_id, user_id], ...]}
CREATE FUNCTION store_log_rows(batch jsonb) RETURNS integer
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

    IF jsonb_array_length(batch -> 'ends_sessions') > 0 THEN
        INSERT INTO deprovisionings (log_id, user_id)
        SELECT ending.value ->> 0, ending.value ->> 1
        FROM jsonb_array_elements(batch -> 'ends_sessions') WITH ORDINALITY AS ending (value, position)
        ORDER BY ending.position;
    END IF;

    RETURN jsonb_array_length(batch -> 'entries');
END
$$;
