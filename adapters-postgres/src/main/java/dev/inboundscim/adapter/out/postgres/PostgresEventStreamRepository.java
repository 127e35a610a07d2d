package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDelivery;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventSelection;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import io.helidon.dbclient.DbRow;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Event streams in {@code event_streams}; their outbox rows are written by {@code store_log_rows} with the entries
 * (V20) and read as {@link StreamOutbox} says; {@code event_deliveries} keeps the recent attempts.
 */
final class PostgresEventStreamRepository implements EventStreamRepository {

    private static final String COLUMNS = "id, name, format, destination_type, url, authorization_value, "
            + "subscriptions, audience, status, version, failures, next_attempt_at, last_error, created_at, updated_at, "
            + "batch";

    private static final String REDELIVER = """
            INSERT INTO event_stream_outbox (stream_id, log_id)
            SELECT ?, chosen.log_id
            FROM (
                SELECT l.log_id
                FROM logs l
                WHERE %s
                  AND l.type = ANY (?::text[])
                ORDER BY l.log_id
                LIMIT ?
            ) AS chosen
            ORDER BY chosen.log_id
            ON CONFLICT (stream_id, log_id) DO NOTHING""";

    private static final StreamOutbox OUTBOX = StreamOutbox.EVENT_STREAMS;

    private static final String TRIM_ATTEMPTS = """
            DELETE FROM event_deliveries
            WHERE stream_id = ?
              AND seq <= (SELECT seq FROM event_deliveries WHERE stream_id = ? ORDER BY seq DESC OFFSET ? LIMIT 1)""";

    private final Db db;
    private final Runnable changedHere;

    /** {@code changedHere} runs after each write that routing reads, so this process sees it at once. */
    PostgresEventStreamRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public void insert(EventStream stream) {
        Db.dml(db.execute(), "INSERT INTO event_streams (" + COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", settings(stream));
        changedHere.run();
    }

    @Override
    public Optional<EventStream> findById(EventStreamId id) {
        return Db.first(db.execute(), "SELECT " + COLUMNS + " FROM event_streams WHERE id = ?",
                PostgresEventStreamRepository::stream, List.of(id.value()));
    }

    @Override
    public List<EventStream> list() {
        return Db.query(db.execute(), "SELECT " + COLUMNS + " FROM event_streams ORDER BY created_at, id",
                PostgresEventStreamRepository::stream, List.of());
    }

    @Override
    public void update(EventStream updated) {
        List<Object> params = settings(updated);
        // id goes last, for the WHERE clause, with the version the update replaces.
        Object id = params.removeFirst();
        params.add(id);
        params.add(updated.version() - 1);
        long changed = Db.dml(db.execute(), "UPDATE event_streams SET name = ?, format = ?, destination_type = ?, "
                + "url = ?, authorization_value = ?, subscriptions = ?, audience = ?, status = ?, version = ?, "
                + "failures = ?, next_attempt_at = ?, last_error = ?, created_at = ?, updated_at = ?, batch = ? "
                + "WHERE id = ? AND version = ?", params);
        if (changed == 0) {
            throw findById(updated.id()).isPresent()
                    ? PreconditionFailedException.versionMismatch(updated.id().value())
                    : NotFoundException.resource("Event stream", updated.id().value());
        }
        changedHere.run();
    }

    @Override
    public void delete(EventStreamId id) {
        if (Db.dml(db.execute(), "DELETE FROM event_streams WHERE id = ?", List.of(id.value())) == 0) {
            throw NotFoundException.resource("Event stream", id.value());
        }
        changedHere.run();
    }

    @Override
    public boolean claim(EventStreamId id, String owner, Instant now, Duration lease) {
        return Db.dml(db.execute(), "UPDATE event_streams SET lease_owner = ?, lease_until = ? WHERE id = ? "
                + "AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)",
                Db.params(owner, Rows.timestamp(now.plus(lease)), id.value(), owner, Rows.timestamp(now))) == 1;
    }

    @Override
    public void release(EventStreamId id, String owner) {
        Db.dml(db.execute(), "UPDATE event_streams SET lease_owner = NULL, lease_until = NULL WHERE id = ? "
                + "AND lease_owner = ?", List.of(id.value(), owner));
    }

    @Override
    public List<LogEntry> pending(EventStreamId id, int limit) {
        return OUTBOX.pending(db, id.value(), limit);
    }

    @Override
    public long pendingCount(EventStreamId id) {
        return OUTBOX.count(db, id.value());
    }

    @Override
    public void acknowledge(EventStreamId id, List<String> logIds) {
        OUTBOX.acknowledge(db, id.value(), logIds);
    }

    @Override
    public void recordDelivery(EventStreamId id, EventDelivery state) {
        Db.dml(db.execute(), "UPDATE event_streams SET failures = ?, next_attempt_at = ?, last_error = ? "
                + "WHERE id = ?", Db.params(state.failures(), Rows.timestamp(state.nextAttemptAt()),
                state.lastError(), id.value()));
    }

    @Override
    public int redeliver(EventStreamId id, EventSelection selection, Set<LogType> types) {
        String[] codes = types.stream().map(LogType::code).toArray(String[]::new);
        return (int) switch (selection) {
            case EventSelection.ByIds ids -> Db.dml(db.execute(), REDELIVER.formatted("l.log_id = ANY (?::text[])"),
                    Db.params(id.value(), ids.logIds().toArray(String[]::new), codes, EventSelection.MAX_EVENTS));
            case EventSelection.Between range -> Db.dml(db.execute(),
                    REDELIVER.formatted("l.log_id >= ? AND l.log_id < ?"),
                    Db.params(id.value(), range.fromLogId(), range.toLogId(), codes, EventSelection.MAX_EVENTS));
        };
    }

    @Override
    public void recordAttempts(EventStreamId id, List<DeliveryAttempt> attempts, int keep) {
        if (attempts.isEmpty()) {
            return;
        }
        Db.dml(db.execute(), """
                INSERT INTO event_deliveries (stream_id, event_id, at, outcome, status, detail, events, last_event_id)
                SELECT ?, a.event_id, a.at::timestamptz, a.outcome, a.status::integer, a.detail, a.events::integer,
                       a.last_event_id
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     WITH ORDINALITY AS a (event_id, at, outcome, status, detail, events, last_event_id, position)
                -- A stream deleted meanwhile keeps no history.
                WHERE EXISTS (SELECT 1 FROM event_streams s WHERE s.id = ?)
                ORDER BY a.position""",
                Db.params(id.value(), attempts.stream().map(DeliveryAttempt::eventId).toArray(String[]::new),
                        attempts.stream().map(a -> a.at().toString()).toArray(String[]::new),
                        attempts.stream().map(a -> a.outcome().wireName()).toArray(String[]::new),
                        attempts.stream().map(a -> a.status() == null ? null : a.status().toString())
                                .toArray(String[]::new),
                        attempts.stream().map(DeliveryAttempt::detail).toArray(String[]::new),
                        attempts.stream().map(a -> String.valueOf(a.events())).toArray(String[]::new),
                        attempts.stream().map(DeliveryAttempt::lastEventId).toArray(String[]::new), id.value()));
        Db.dml(db.execute(), TRIM_ATTEMPTS, Db.params(id.value(), id.value(), keep));
    }

    @Override
    public List<DeliveryAttempt> attempts(EventStreamId id, int limit) {
        return Db.query(db.execute(), "SELECT event_id, at, outcome, status, detail, events, last_event_id "
                + "FROM event_deliveries WHERE stream_id = ? ORDER BY seq DESC LIMIT ?", row -> new DeliveryAttempt(
                        Rows.string(row, "event_id"), Rows.instant(row, "at"),
                        DeliveryAttempt.Outcome.fromWireName(Rows.string(row, "outcome")),
                        row.column("status").get(Integer.class), Rows.string(row, "detail"),
                        row.column("events").get(Integer.class), Rows.string(row, "last_event_id")),
                List.of(id.value(), Math.max(0, limit)));
    }

    /** Every stored column in {@link #COLUMNS} order. */
    private static List<Object> settings(EventStream s) {
        EventDestination.Webhook webhook = s.destination() instanceof EventDestination.Webhook w ? w : null;
        return new ArrayList<>(Db.params(s.id().value(), s.name(), s.format().wireName(),
                s.destination().wireType(), webhook == null ? null : webhook.url().toString(),
                webhook == null ? null : webhook.authorization(),
                s.subscriptions().stream().map(EventType::wireName).collect(Collectors.joining(",")), s.audience(),
                s.status().wireName(), s.version(), s.delivery().failures(),
                Rows.timestamp(s.delivery().nextAttemptAt()), s.delivery().lastError(),
                Rows.timestamp(s.createdAt()), Rows.timestamp(s.updatedAt()), webhook != null && webhook.batch()));
    }

    private static EventStream stream(DbRow row) {
        List<EventType> subscriptions = Arrays.stream(Rows.string(row, "subscriptions").split(","))
                .map(name -> EventType.fromWireName(name).orElseThrow(
                        () -> new IllegalStateException("Unknown stored event type " + name)))
                .toList();
        EventDestination destination = "webhook".equals(Rows.string(row, "destination_type"))
                ? new EventDestination.Webhook(URI.create(Rows.string(row, "url")),
                        Rows.string(row, "authorization_value"), row.column("batch").get(Boolean.class))
                : new EventDestination.Poll();
        return new EventStream(new EventStreamId(Rows.string(row, "id")), Rows.string(row, "name"),
                EventFormat.fromWireName(Rows.string(row, "format")).orElseThrow(), destination, subscriptions,
                Rows.string(row, "audience"),
                EventStreamStatus.fromWireName(Rows.string(row, "status")).orElseThrow(),
                Rows.longValue(row, "version"),
                new EventDelivery(row.column("failures").get(Integer.class), Rows.instant(row, "next_attempt_at"),
                        Rows.string(row, "last_error")),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }
}
