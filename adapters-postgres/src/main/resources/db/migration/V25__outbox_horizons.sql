-- The stream outboxes (log streams V4, event streams V20) cost a write with an active stream far more than their one
-- row (docs/benchmarks.md, "Event streams"), for two main reasons, both removed here, and a third, trimmed.
--
-- 1. An outbox is a queue: delivery deletes what the receiver took, and each read started again at the head of
--    (stream_id, seq), walking every dead index entry autovacuum had not removed yet, tens per event under a steady
--    write load. Each stream now keeps a horizon, an xid8 below which it has no row: every row records the
--    transaction that wrote it, reads start at the horizon, and each acknowledgement moves the horizon up to the
--    oldest row still waiting or the oldest transaction that may still add one (its snapshot's xmin), whichever is
--    older. Such a bound holds for good once computed: a transaction below the xmin has ended, any later one has a
--    larger id. Delivery order is the writing transaction's, then the order within it.
-- 2. The foreign key to the stream made every write lock the stream's row FOR KEY SHARE: with concurrent writers
--    that is a new multixact per write on one hot row, which delivery also updates every round. A trigger now does
--    what ON DELETE CASCADE did; a row a write adds while its stream is being deleted is an orphan nobody reads, and
--    log retention removes it with the entry it names (PostgresLogRepository).
-- 3. Each row entered three indexes and took a number from a sequence; it now enters two.
ALTER TABLE log_stream_outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE event_stream_outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE log_streams ADD COLUMN horizon xid8 NOT NULL DEFAULT '0';
ALTER TABLE event_streams ADD COLUMN horizon xid8 NOT NULL DEFAULT '0';

-- Within a transaction, entries are in the order of their ids (one process stamps them, increasing), so the
-- identity column is no longer needed, and its sequence was one more thing every write touched.
DROP INDEX log_stream_outbox_order_idx;
ALTER TABLE log_stream_outbox DROP COLUMN seq;
CREATE INDEX log_stream_outbox_order_idx ON log_stream_outbox (stream_id, tx, log_id);
DROP INDEX event_stream_outbox_order_idx;
ALTER TABLE event_stream_outbox DROP COLUMN seq;
CREATE INDEX event_stream_outbox_order_idx ON event_stream_outbox (stream_id, tx, log_id);
-- Log retention finds what a stream still owes through each stream's primary key (stream_id, log_id), and there
-- are few streams: an index on log_id alone was one more index for every event to enter.
DROP INDEX event_stream_outbox_log_idx;

ALTER TABLE log_stream_outbox DROP CONSTRAINT log_stream_outbox_stream_id_fkey;
ALTER TABLE event_stream_outbox DROP CONSTRAINT event_stream_outbox_stream_id_fkey;

-- A deleted stream's outbox rows go with it. TG_ARGV[0]: the outbox table.
CREATE FUNCTION delete_stream_outbox() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DELETE FROM %I WHERE stream_id = $1', TG_ARGV[0]) USING OLD.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER log_streams_outbox_cascade
    AFTER DELETE ON log_streams FOR EACH ROW EXECUTE FUNCTION delete_stream_outbox('log_stream_outbox');
CREATE TRIGGER event_streams_outbox_cascade
    AFTER DELETE ON event_streams FOR EACH ROW EXECUTE FUNCTION delete_stream_outbox('event_stream_outbox');
