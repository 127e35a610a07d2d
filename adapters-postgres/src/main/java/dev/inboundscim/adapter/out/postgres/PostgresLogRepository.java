package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.LogStreamId;
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
            SELECT store_log_entries(?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::jsonb[], ?::boolean[], ?::text[], ?::text[]) AS n
            """;

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
            Db.first(execute, APPEND, row -> row, arguments(entries));
        }
    }

    /**
     * The twelve arguments of {@code store_log_entries}, in order: the entries' nine columns as parallel arrays,
     * whether each ends its user's sessions, and the routing as (log id, stream id) pairs in entry order.
     */
    static List<Object> arguments(List<RoutedLogEntry> entries) {
        int n = entries.size();
        String[][] columns = new String[9][n];
        boolean[] endsSessions = new boolean[n];
        List<String> routeLogIds = new ArrayList<>();
        List<String> routeStreamIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RoutedLogEntry routed = entries.get(i);
            LogEntry entry = routed.entry();
            // Logs record hostile requests too, so NUL characters (which PostgreSQL refuses) are replaced, not fatal.
            columns[0][i] = entry.logId();
            columns[1][i] = entry.type().code();
            columns[2][i] = Rows.timestamp(entry.date()).toString();
            columns[3][i] = JsonCodec.withoutNul(entry.connectionId());
            columns[4][i] = JsonCodec.withoutNul(entry.description());
            columns[5][i] = JsonCodec.withoutNul(entry.ip());
            columns[6][i] = JsonCodec.withoutNul(entry.userAgent());
            columns[7][i] = JsonCodec.withoutNul(entry.userId());
            columns[8][i] = JsonCodec.write(JsonCodec.withoutNul(entry.details()));
            endsSessions[i] = routed.endsSessions();
            for (LogStreamId stream : routed.streams()) {
                routeLogIds.add(entry.logId());
                routeStreamIds.add(stream.value());
            }
        }
        List<Object> arguments = new ArrayList<>(List.of((Object[]) columns));
        arguments.add(endsSessions);
        arguments.add(routeLogIds.toArray(String[]::new));
        arguments.add(routeStreamIds.toArray(String[]::new));
        return arguments;
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
