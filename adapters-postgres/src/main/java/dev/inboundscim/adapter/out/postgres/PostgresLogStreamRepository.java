package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.ContentFormat;
import dev.inboundscim.domain.logstream.DeliveryState;
import dev.inboundscim.domain.logstream.HttpSink;
import dev.inboundscim.domain.logstream.LogCategory;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.LogStreamStatus;
import io.helidon.dbclient.DbRow;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Log streams in {@code log_streams}; their outbox rows are written by {@link PostgresLogRepository#insert} and
 * read as {@link StreamOutbox} says.
 */
final class PostgresLogStreamRepository implements LogStreamRepository {

    private static final String COLUMNS = "id, name, status, endpoint, authorization_value, content_format, "
            + "categories, version, failures, next_attempt_at, last_error, created_at, updated_at";

    private static final StreamOutbox OUTBOX = StreamOutbox.LOG_STREAMS;

    private final Db db;
    private final Runnable changedHere;

    /** {@code changedHere} runs after each write that routing reads, so this process sees it at once. */
    PostgresLogStreamRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public void insert(LogStream stream) {
        Db.dml(db.execute(), "INSERT INTO log_streams (" + COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", settings(stream));
        changedHere.run();
    }

    @Override
    public Optional<LogStream> findById(LogStreamId id) {
        return Db.first(db.execute(), "SELECT " + COLUMNS + " FROM log_streams WHERE id = ?",
                PostgresLogStreamRepository::stream, List.of(id.value()));
    }

    @Override
    public List<LogStream> list() {
        return Db.query(db.execute(), "SELECT " + COLUMNS + " FROM log_streams ORDER BY created_at, id",
                PostgresLogStreamRepository::stream, List.of());
    }

    @Override
    public void update(LogStream updated) {
        List<Object> params = settings(updated);
        // id goes last, for the WHERE clause, with the version the update replaces.
        Object id = params.removeFirst();
        params.add(id);
        params.add(updated.version() - 1);
        long changed = Db.dml(db.execute(), "UPDATE log_streams SET name = ?, status = ?, endpoint = ?, "
                + "authorization_value = ?, content_format = ?, categories = ?, version = ?, failures = ?, "
                + "next_attempt_at = ?, last_error = ?, created_at = ?, updated_at = ? "
                + "WHERE id = ? AND version = ?", params);
        if (changed == 0) {
            throw findById(updated.id()).isPresent()
                    ? PreconditionFailedException.versionMismatch(updated.id().value())
                    : NotFoundException.resource("Log stream", updated.id().value());
        }
        changedHere.run();
    }

    @Override
    public void delete(LogStreamId id) {
        if (Db.dml(db.execute(), "DELETE FROM log_streams WHERE id = ?", List.of(id.value())) == 0) {
            throw NotFoundException.resource("Log stream", id.value());
        }
        changedHere.run();
    }

    @Override
    public boolean claim(LogStreamId id, String owner, Instant now, Duration lease) {
        return Db.dml(db.execute(), "UPDATE log_streams SET lease_owner = ?, lease_until = ? WHERE id = ? "
                + "AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)",
                Db.params(owner, Rows.timestamp(now.plus(lease)), id.value(), owner, Rows.timestamp(now))) == 1;
    }

    @Override
    public void release(LogStreamId id, String owner) {
        Db.dml(db.execute(), "UPDATE log_streams SET lease_owner = NULL, lease_until = NULL WHERE id = ? "
                + "AND lease_owner = ?", List.of(id.value(), owner));
    }

    @Override
    public List<LogEntry> pending(LogStreamId id, int limit) {
        return OUTBOX.pending(db, id.value(), limit);
    }

    @Override
    public long pendingCount(LogStreamId id) {
        return OUTBOX.count(db, id.value());
    }

    @Override
    public void acknowledge(LogStreamId id, List<String> logIds) {
        OUTBOX.acknowledge(db.execute(), id.value(), logIds);
    }

    @Override
    public void recordDelivery(LogStreamId id, DeliveryState state) {
        Db.dml(db.execute(), "UPDATE log_streams SET failures = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                Db.params(state.failures(), Rows.timestamp(state.nextAttemptAt()), state.lastError(), id.value()));
    }

    /** Every stored column in {@link #COLUMNS} order. */
    private static List<Object> settings(LogStream s) {
        return new ArrayList<>(Db.params(s.id().value(), s.name(), s.status().wireName(),
                s.sink().endpoint().toString(), s.sink().authorization(), s.sink().format().name(),
                s.categories().stream().map(LogCategory::wireName).collect(Collectors.joining(",")), s.version(),
                s.delivery().failures(), Rows.timestamp(s.delivery().nextAttemptAt()), s.delivery().lastError(),
                Rows.timestamp(s.createdAt()), Rows.timestamp(s.updatedAt())));
    }

    private static LogStream stream(DbRow row) {
        List<LogCategory> categories = Arrays.stream(Rows.string(row, "categories").split(","))
                .filter(name -> !name.isEmpty())
                .map(name -> LogCategory.fromWireName(name).orElseThrow(
                        () -> new IllegalStateException("Unknown stored log category " + name)))
                .toList();
        HttpSink sink = new HttpSink(URI.create(Rows.string(row, "endpoint")),
                Rows.string(row, "authorization_value"),
                ContentFormat.valueOf(Rows.string(row, "content_format")));
        return new LogStream(new LogStreamId(Rows.string(row, "id")), Rows.string(row, "name"),
                LogStreamStatus.fromWireName(Rows.string(row, "status")).orElseThrow(), sink, categories,
                Rows.longValue(row, "version"),
                new DeliveryState(row.column("failures").get(Integer.class), Rows.instant(row, "next_attempt_at"),
                        Rows.string(row, "last_error")),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }
}
