-- A connection's own SCIM request limit (SPEC §7.1); both null: the server's default applies.
ALTER TABLE scim_configurations
    ADD COLUMN rate_limit_per_second double precision,
    ADD COLUMN rate_limit_burst integer;
