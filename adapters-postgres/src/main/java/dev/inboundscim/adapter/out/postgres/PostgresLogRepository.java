package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Log entries in the {@code logs} table, listed newest first by their time-ordered ids. Every write of entries goes
 * through the {@code store_log_rows} function ({@code V12__log_rows.sql}), which also stores what the
 * application decided for each: its place in its streams' outboxes and its deprovisioning.
 */
final class PostgresLogRepository implements LogRepository {

    /** One round trip and one commit for any number of entries. */
    private static final String APPEND = """
            SELECT store_log_rows(?::jsonb) AS n""";

    private static final String SELECT = """
            SELECT log_id, type, date, connection_id, description, ip, user_agent, user_id, details::text AS details
            FROM logs""";

    /**
     * Retention: the oldest entries below the bound, by the primary key's order, that no existing stream's outbox or
     * event feed ({@link EventFeed}) and no queued deprovisioning still names; each round also deletes the outbox
     * rows of streams that are gone ({@link StreamOutbox#orphanSweep}).
     */
    private static final String DELETE_OLDEST = "WITH RECURSIVE " + StreamOutbox.LOG_STREAMS.orphanSweep("log") + ", "
            + StreamOutbox.EVENT_STREAMS.orphanSweep("event") + """
            , doomed AS (
                SELECT l.log_id
                FROM logs l
                WHERE l.log_id < ?
                  AND NOT %s
                  AND NOT %s
                  AND NOT %s
                  AND NOT EXISTS (SELECT 1 FROM deprovisionings d WHERE d.log_id = l.log_id)
                ORDER BY l.log_id
                LIMIT ?
            )
            DELETE FROM logs WHERE log_id IN (SELECT log_id FROM doomed)""".formatted(
                    StreamOutbox.LOG_STREAMS.owes("l.log_id"), StreamOutbox.EVENT_STREAMS.owes("l.log_id"),
                    EventFeed.owedByAny("l"));

    private final Db db;

    PostgresLogRepository(Db db) {
        this.db = db;
    }

    @Override
    public void append(List<RoutedLogEntry> entries) {
        if (!entries.isEmpty()) {
            insert(db.execute(), entries);
        }
    }

    /** Stores {@code entries} through {@code execute}, so a transaction can store them with its own writes. */
    static void insert(DbExecute execute, List<RoutedLogEntry> entries) {
        if (!entries.isEmpty()) {
            Db.first(execute, APPEND, row -> row, List.of(json(entries)));
        }
    }

    /** The argument of {@code store_log_rows} for {@code entries}: see {@link LogBatchJson}. */
    static String json(List<RoutedLogEntry> entries) {
        return LogBatchJson.of(entries);
    }

    @Override
    public List<LogEntry> list(LogQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(query.take());
        params.add(query.skip());
        return Db.query(db.execute(), SELECT + where + " ORDER BY log_id DESC LIMIT ? OFFSET ?",
                PostgresLogRepository::entry, params);
    }

    @Override
    public long count(LogQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return Db.first(db.execute(), "SELECT count(*) AS n FROM logs" + where, row -> Rows.longValue(row, "n"),
                params).orElse(0L);
    }

    /** The filters of {@code query} as a WHERE clause (empty when none), their values added to {@code params}. */
    private static String where(LogQuery query, List<Object> params) {
        List<String> where = new ArrayList<>();
        condition(where, params, "type = ?", query.type() == null ? null : query.type().code());
        condition(where, params, "connection_id = ?", query.connectionId());
        condition(where, params, "user_id = ?", query.userId());
        // details holds the status as a JSON number: compared as one, so "201" and 201.0 agree.
        condition(where, params, "details -> 'status' = to_jsonb(?::integer)", query.status());
        condition(where, params, "details ->> 'operation' = ?", query.operation());
        condition(where, params, "details ->> 'request_id' = ?", query.requestId());
        condition(where, params, "date >= ?", query.since() == null ? null : Rows.timestamp(query.since()));
        condition(where, params, "date < ?", query.until() == null ? null : Rows.timestamp(query.until()));
        condition(where, params, "log_id < ?", query.beforeLogId());
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static void condition(List<String> where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.add(sql);
            params.add(value);
        }
    }

    @Override
    public int deleteOldest(String beforeLogId, int limit) {
        if (limit <= 0) {
            return 0;
        }
        return (int) Db.dml(db.execute(), DELETE_OLDEST, List.of(beforeLogId, limit));
    }

    static LogEntry entry(DbRow row) {
        LogType type = LogType.fromCode(Rows.string(row, "type"))
                .orElseThrow(() -> new IllegalStateException("Unknown stored log type"));
        return new LogEntry(Rows.string(row, "log_id"), type, Rows.instant(row, "date"),
                Rows.string(row, "connection_id"), Rows.string(row, "description"), Rows.string(row, "ip"),
                Rows.string(row, "user_agent"), Rows.string(row, "user_id"),
                JsonCodec.readObject(Rows.string(row, "details")));
    }
}
