-- Every insert or update of a connection or SCIM configuration takes a new revision from one sequence, so the
-- pair of revisions identifies their content exactly (even across a delete and re-create). Authentication reads
-- the pair with the token and reuses its parsed copy while the pair is unchanged; before, it hashed both rows
-- (md5 of their text, mapping included) on every request.
CREATE SEQUENCE configuration_revisions;

ALTER TABLE connections ADD COLUMN revision bigint NOT NULL DEFAULT nextval('configuration_revisions');
ALTER TABLE scim_configurations ADD COLUMN revision bigint NOT NULL DEFAULT nextval('configuration_revisions');

CREATE FUNCTION next_configuration_revision() RETURNS trigger AS $$
BEGIN
    NEW.revision := nextval('configuration_revisions');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER connections_revision BEFORE UPDATE ON connections
    FOR EACH ROW EXECUTE FUNCTION next_configuration_revision();
CREATE TRIGGER scim_configurations_revision BEFORE UPDATE ON scim_configurations
    FOR EACH ROW EXECUTE FUNCTION next_configuration_revision();
