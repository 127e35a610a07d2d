package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Request log entries in the {@code logs} table, listed newest first by their time-ordered ids; each insert also
 * fills the log streams' outbox.
 */
final class PostgresLogRepository implements LogRepository {

    /** Each entry joins the outbox of every stream that collects it. */
    private static final String STREAMED = "streamed AS (INSERT INTO log_stream_outbox (stream_id, log_id) "
            + "SELECT s.id, entry.log_id FROM entry JOIN log_streams s ON s.status <> 'paused' "
            + "AND (s.log_types IS NULL OR entry.type = ANY (s.log_types)) ORDER BY entry.log_id)";
    /** A {@code user.deactivated} or {@code user.deleted} entry queues the ending of the user's sessions. */
    private static final String DEPROVISION = "INSERT INTO deprovisionings (log_id, user_id) SELECT log_id, user_id "
            + "FROM entry WHERE type IN ('user.deactivated', 'user.deleted') AND user_id IS NOT NULL ORDER BY log_id";
    private static final String COLUMNS = "logs (log_id, type, date, connection_id, description, ip, user_agent, "
            + "user_id, details)";
    private static final String UNNEST = "SELECT * FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::jsonb[])";
    /** One entry as plain parameters: PostgreSQL inserts it faster than nine one-element arrays unnested. */
    private static final String ONE_ROW = "SELECT ?::text, ?::text, ?::timestamptz, ?::text, ?::text, ?::text, "
            + "?::text, ?::text, ?::jsonb";
    private static final String RETURNING = " RETURNING log_id, type, user_id), ";

    /**
     * Stores the entries and, in the same statement, keeps each in the outbox of every stream that collects it
     * (SPEC §5) and, for {@code user.deactivated} and {@code user.deleted}, queues the ending of the user's sessions:
     * the entries and what they set off are committed together or not at all. One statement for any number of
     * entries (arrays unnested in order), so a batch costs one round trip.
     */
    private static final String INSERT = "WITH entry AS (INSERT INTO " + COLUMNS + " " + UNNEST + RETURNING + STREAMED
            + " " + DEPROVISION;
    /** One entry, the common case of a write's transaction: plain parameters, no arrays to build and unnest. */
    private static final String INSERT_ONE = "WITH entry AS (INSERT INTO " + COLUMNS + " " + ONE_ROW + RETURNING
            + STREAMED + " " + DEPROVISION;

    private static final String SELECT = "SELECT log_id, type, date, connection_id, description, ip, user_agent, "
            + "user_id, details::text AS details FROM logs";

    private final Db db;

    PostgresLogRepository(Db db) {
        this.db = db;
    }

    @Override
    public void append(LogEntry entry) {
        insert(db.execute(), entry);
    }

    /** One statement, so a batch costs one round trip and one commit (one WAL flush) instead of one per entry. */
    @Override
    public void appendAll(List<LogEntry> entries) {
        if (!entries.isEmpty()) {
            insert(db.execute(), entries);
        }
    }

    /** Inserts through {@code execute}, so user writes can store their entry in their own transaction. */
    static void insert(DbExecute execute, LogEntry entry) {
        insert(execute, List.of(entry));
    }

    static void insert(DbExecute execute, List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (entries.size() == 1) {
            Db.dml(execute, INSERT_ONE, values(entries.getFirst()));
            return;
        }
        Db.dml(execute, INSERT, arrays(entries));
    }

    /**
     * The entries of a write as common table expressions of the write's own statement, with their parameters: they
     * are stored only if the CTE {@code guard} (the write) returned a row, so a write that changed nothing logs
     * nothing, and one statement is one round trip and one atomic step.
     */
    static Ctes entriesOf(String guard, List<LogEntry> entries) {
        boolean one = entries.size() == 1;
        return new Ctes("entry AS (INSERT INTO " + COLUMNS + " " + (one ? ONE_ROW : UNNEST)
                + " WHERE EXISTS (SELECT 1 FROM " + guard + ")" + RETURNING + STREAMED + ", deprovisioned AS ("
                + DEPROVISION + ")", one ? values(entries.getFirst()) : arrays(entries));
    }

    /** Common table expressions to put in a statement's {@code WITH}, and their parameters in order. */
    record Ctes(String sql, List<Object> params) {
    }

    /** The nine values of one entry, in {@link #COLUMNS} order. */
    private static List<Object> values(LogEntry entry) {
        return Db.params(entry.logId(), entry.type().code(), Rows.timestamp(entry.date()),
                JsonCodec.withoutNul(entry.connectionId()), JsonCodec.withoutNul(entry.description()),
                JsonCodec.withoutNul(entry.ip()), JsonCodec.withoutNul(entry.userAgent()),
                JsonCodec.withoutNul(entry.userId()), JsonCodec.write(JsonCodec.withoutNul(entry.details())));
    }

    /** The nine column arrays {@link #INSERT} and {@link #entriesOf} unnest, in order. */
    private static List<Object> arrays(List<LogEntry> entries) {
        int n = entries.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            LogEntry entry = entries.get(i);
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
        }
        return List.of((Object[]) columns);
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
