-- Every committed change to what authentication reads (tokens, connections, SCIM configurations) notifies the
-- channel scim_auth_changes, so each server process can answer authentication from memory and still see a
-- revocation or a mapping change made by any process. last_used_at updates notify nothing.
CREATE FUNCTION notify_auth_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('scim_auth_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER scim_tokens_auth_change
    AFTER INSERT OR DELETE OR UPDATE OF token_id, connection_id, secret_digest, scopes, valid_until ON scim_tokens
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
CREATE TRIGGER connections_auth_change AFTER INSERT OR UPDATE OR DELETE ON connections
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
CREATE TRIGGER scim_configurations_auth_change AFTER INSERT OR UPDATE OR DELETE ON scim_configurations
    FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_change();
