package dev.inboundscim.adapter.out.postgres;

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
 * through the {@code store_log_entries} function ({@code V11__routed_log_entries.sql}), which also stores what the
 * application decided for each: its place in its streams' outboxes and its deprovisioning.
 */
final class PostgresLogRepository implements LogRepository {

    /** One round trip and one commit for any number of entries. */
    private static final String APPEND = """
            SELECT store_log_entries(?::jsonb) AS n""";

    private static final String SELECT = """
            SELECT log_id, type, date, connection_id, description, ip, user_agent, user_id, details::text AS details
            FROM logs""";

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

    /** The argument of {@code store_log_entries} for {@code entries}: see {@link LogBatchJson}. */
    static String json(List<RoutedLogEntry> entries) {
        return LogBatchJson.of(entries);
    }

    @Override
    public List<LogEntry> list(LogType type, String connectionId, String beforeLogId, int take) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (type != null) {
            where.add("type = ?");
            params.add(type.code());
        }
        if (connectionId != null) {
            where.add("connection_id = ?");
            params.add(connectionId);
        }
        if (beforeLogId != null) {
            where.add("log_id < ?");
            params.add(beforeLogId);
        }
        params.add(Math.max(take, 0));
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY log_id DESC LIMIT ?";
        return Db.query(db.execute(), sql, PostgresLogRepository::entry, params);
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
