package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.log.LogEntry;
import io.helidon.dbclient.DbExecute;
import java.util.List;

/**
 * The reads and acknowledgements of one kind of stream outbox ({@code log_stream_outbox} of {@code log_streams},
 * {@code event_stream_outbox} of {@code event_streams}): each stream's waiting entries in the order of the
 * transactions that wrote them, read from the stream's horizon, below which it has no row (V25). Rows are written
 * with the entries they name, by {@code store_log_rows}.
 */
final class StreamOutbox {

    static final StreamOutbox LOG_STREAMS = new StreamOutbox("log_stream_outbox", "log_streams");
    static final StreamOutbox EVENT_STREAMS = new StreamOutbox("event_stream_outbox", "event_streams");

    private final String outbox;
    private final String streams;
    private final String pending;
    private final String count;
    private final String acknowledge;
    private final String advanceHorizon;

    private StreamOutbox(String outbox, String streams) {
        this.outbox = outbox;
        this.streams = streams;
        String fromHorizon = "o.stream_id = ? AND o.tx >= (SELECT horizon FROM " + streams + " WHERE id = ?)";
        this.pending = "SELECT l.log_id, l.type, l.date, l.connection_id, l.description, l.ip, l.user_agent, "
                + "l.user_id, l.details::text AS details FROM " + outbox + " o JOIN logs l ON l.log_id = o.log_id "
                + "WHERE " + fromHorizon + " ORDER BY o.tx, o.log_id LIMIT ?";
        this.count = "SELECT count(*) AS n FROM " + outbox + " o WHERE " + fromHorizon;
        this.acknowledge = "DELETE FROM " + outbox + " WHERE stream_id = ? AND log_id = ANY (?::text[])";
        // Up to the oldest row still waiting, or to the oldest transaction that may still add one (the statement's
        // snapshot's xmin) if that is older; never down, since every bound once computed holds for good.
        this.advanceHorizon = "UPDATE " + streams + " s SET horizon = greatest(s.horizon, "
                + "least(pg_snapshot_xmin(pg_current_snapshot()), coalesce((SELECT min(o.tx) FROM " + outbox
                + " o WHERE o.stream_id = s.id AND o.tx >= s.horizon), pg_snapshot_xmin(pg_current_snapshot())))) "
                + "WHERE s.id = ?";
    }

    /** Up to {@code limit} of the stream's waiting entries, oldest first. */
    List<LogEntry> pending(Db db, String streamId, int limit) {
        return Db.query(db.execute(), pending, PostgresLogRepository::entry,
                List.of(streamId, streamId, Math.max(0, limit)));
    }

    long count(Db db, String streamId) {
        return Db.first(db.execute(), count, row -> Rows.longValue(row, "n"), List.of(streamId, streamId))
                .orElse(0L);
    }

    /**
     * {@code logIds} delivered (or dropped for good), through {@code execute}: their rows go, and the horizon moves
     * past them. Without a row gone, the horizon stays: what it bounds did not change.
     */
    void acknowledge(DbExecute execute, String streamId, List<String> logIds) {
        if (!logIds.isEmpty() && Db.dml(execute, acknowledge, List.of(streamId, logIds.toArray(String[]::new))) > 0) {
            Db.dml(execute, advanceHorizon, List.of(streamId));
        }
    }

    /**
     * Common table expressions, named after {@code prefix}, that delete the rows of every stream that is gone: the
     * orphans a write adds while its stream is being deleted (V25 has no foreign key). The streams an outbox names
     * are found by walking its primary key from one stream to the next, a few probes whatever its size; without an
     * orphan, the outbox is not scanned at all.
     */
    String orphanSweep(String prefix) {
        return """
                %1$s_named AS (
                    (SELECT stream_id FROM %2$s ORDER BY stream_id LIMIT 1)
                    UNION ALL
                    SELECT (SELECT o.stream_id FROM %2$s o WHERE o.stream_id > previous.stream_id
                            ORDER BY o.stream_id LIMIT 1)
                    FROM %1$s_named previous
                    WHERE previous.stream_id IS NOT NULL
                ), %1$s_gone AS (
                    SELECT stream_id FROM %1$s_named
                    WHERE stream_id IS NOT NULL AND stream_id NOT IN (SELECT id FROM %3$s)
                ), %1$s_orphans AS (
                    DELETE FROM %2$s
                    WHERE EXISTS (SELECT 1 FROM %1$s_gone) AND stream_id IN (SELECT stream_id FROM %1$s_gone)
                )""".formatted(prefix, outbox, streams);
    }

    /** A condition true when an existing stream still owes {@code logId} (an SQL expression). */
    String owes(String logId) {
        return "EXISTS (SELECT 1 FROM " + outbox + " o JOIN " + streams + " s ON s.id = o.stream_id WHERE o.log_id = "
                + logId + ")";
    }
}
