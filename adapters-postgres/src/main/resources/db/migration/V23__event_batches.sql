-- Webhooks that take CloudEvents in their batched content mode (one JSON array per request), and delivery records
-- that stand for several events: a batch, or consecutive events accepted alike (events counts them, from event_id
-- to last_event_id). Both default to what every row meant before: one event per request, one event per record.
ALTER TABLE event_streams ADD COLUMN batch boolean NOT NULL DEFAULT false;
ALTER TABLE event_deliveries ADD COLUMN events integer NOT NULL DEFAULT 1 CHECK (events >= 1),
                             ADD COLUMN last_event_id text;
