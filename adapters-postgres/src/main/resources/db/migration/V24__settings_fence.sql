-- Settings changes are fenced across nodes (docs/scaling.md, "Settings changes are fenced"). Every change that
-- notifies scim_auth_changes also moves one store-global version, in the same transaction, and every node records
-- in settings_observers the version it last observed and when: a settings write answers once every other live node
-- has acknowledged the version its commit produced (or once the fence's bound passed).
CREATE TABLE settings_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint  NOT NULL
);
INSERT INTO settings_version (only_row, version) VALUES (true, 0);

CREATE TABLE settings_observers (
    node_id          text        PRIMARY KEY,
    observed_version bigint      NOT NULL,
    -- The database's time of the statement that wrote the row, one clock for every node.
    seen_at          timestamptz NOT NULL
);

-- The one function behind every trigger on the channel (V8: scim_tokens, connections, scim_configurations; V11:
-- log_streams, organization_connections; V20: event_streams): each notifying statement also moves the version.
-- The row lock serializes settings writes with one another, which are few; nothing else takes it.
CREATE OR REPLACE FUNCTION notify_auth_change() RETURNS trigger AS $$
BEGIN
    UPDATE settings_version SET version = version + 1;
    PERFORM pg_notify('scim_auth_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
