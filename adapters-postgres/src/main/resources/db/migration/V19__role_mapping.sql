-- A SCIM configuration's role_mapping (SPEC §12): [{"value": <SCIM roles value>, "role_id": "rol_…"}, …], in the
-- order given. It lives beside the mapping because role sync reads both with the configuration on every SCIM write.
ALTER TABLE scim_configurations ADD COLUMN role_mapping jsonb NOT NULL DEFAULT '[]'::jsonb;
