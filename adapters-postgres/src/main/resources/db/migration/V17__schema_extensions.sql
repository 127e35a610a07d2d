-- A connection's declared User schema extensions (SPEC §10), in the RFC 7643 §7 shape /Schemas publishes. The
-- mapping is parsed against them, so they live beside it.
ALTER TABLE scim_configurations ADD COLUMN schema_extensions jsonb NOT NULL DEFAULT '[]'::jsonb;
