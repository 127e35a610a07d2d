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
import io.helidon.dbclient.DbExecute;
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
 * Event streams in {@code event_streams}. A webhook stream that collects reads its events from {@code logs} by
 * position ({@link EventFeed}, V26); the outbox rows {@code store_log_rows} writes with the entries (V20) keep a poll
 * stream's events, redeliveries and what a feed owed when it changed, read from the horizon (V25) as
 * {@link StreamOutbox} says. {@code event_deliveries} keeps the recent attempts.
 */
final class PostgresEventStreamRepository implements EventStreamRepository {

    private static final String COLUMNS = "id, name, format, destination_type, url, authorization_value, "
            + "subscriptions, audience, status, version, failures, next_attempt_at, last_error, created_at, updated_at, "
            + "batch";

    /** Queues again, after what waits, the chosen entries the stream neither keeps queued nor owes by its feed. */
    private static final String REDELIVER = """
            INSERT INTO event_stream_outbox (stream_id, log_id)
            SELECT s.id, chosen.log_id
            FROM event_streams s CROSS JOIN LATERAL (
                SELECT l.log_id
                FROM logs l
                WHERE %s
                  AND l.type = ANY (?::text[])
                  AND NOT {owed}
                ORDER BY l.log_id
                LIMIT ?
            ) AS chosen
            WHERE s.id = ?
            ORDER BY chosen.log_id
            ON CONFLICT (stream_id, log_id) DO NOTHING""".replace("{owed}", EventFeed.owes("s", "l"));

    /** The stream's row with its read's snapshot's xmin: every transaction below it has ended. */
    private static final String STREAM_NOW = """
            s AS MATERIALIZED (
                SELECT id, horizon, feed_types, feed_tx, feed_log, feed_start,
                       pg_snapshot_xmin(pg_current_snapshot()) AS xmin
                FROM event_streams
                WHERE id = ?
            )""";

    /**
     * The oldest waiting events: the outbox's rows from the horizon (V25) and the feed's after the position (V26),
     * merged by (transaction, log id). With a feed, both stop below the xmin, so the position never passes an event
     * a transaction still open may commit; an event both queued again and still owed goes twice.
     */
    static final String PENDING = "WITH " + STREAM_NOW + """
            , chosen AS (
                SELECT k.tx, k.log_id
                FROM (
                    SELECT q.tx, q.log_id
                    FROM s CROSS JOIN LATERAL (
                        SELECT o.tx, o.log_id
                        FROM event_stream_outbox o
                        WHERE o.stream_id = s.id AND o.tx >= s.horizon AND (s.feed_types IS NULL OR o.tx < s.xmin)
                        ORDER BY o.tx, o.log_id
                        LIMIT ?
                    ) AS q
                    UNION ALL
                    SELECT f.tx, f.log_id
                    FROM s CROSS JOIN LATERAL (
                        SELECT l.tx, l.log_id
                        FROM logs l
                        WHERE %s AND l.tx < s.xmin
                        ORDER BY l.tx, l.log_id
                        LIMIT ?
                    ) AS f
                ) AS k
                ORDER BY k.tx, k.log_id
                LIMIT ?
            )
            SELECT l.log_id, l.type, l.date, l.connection_id, l.description, l.ip, l.user_agent, l.user_id,
                   l.details::text AS details
            FROM chosen JOIN logs l ON l.log_id = chosen.log_id
            ORDER BY chosen.tx, chosen.log_id""".formatted(EventFeed.owes("s", "l"));

    static final String COUNT = "WITH " + STREAM_NOW + """
            SELECT (SELECT count(*) FROM s JOIN event_stream_outbox o ON o.stream_id = s.id AND o.tx >= s.horizon)
                 + (SELECT count(*) FROM s JOIN logs l ON %s) AS n""".formatted(EventFeed.owesAll("s", "l"));

    /**
     * The planner settings of {@link #PENDING}, {@link #ADVANCE_FEED} and {@link #COUNT}, for their transaction: the
     * feed is read through its index in order up to the limit. The planner otherwise chooses by its estimate of the
     * backlog, which lags behind a backlog that grew since the last ANALYZE (a receiver that was down): it then read
     * every waiting event of the stream, in a bitmap scan, to sort them and keep the first hundred, on every batch
     * (12 ms instead of 2 with 3,000 waiting). The count's range of the index, which carries the type (V28), is then
     * answered from the index alone where vacuum marked the pages all visible; a bitmap scan of it visits every owed
     * event's row in {@code logs}, about ten times the time.
     */
    static final String READ_IN_ORDER = "SELECT set_config('enable_bitmapscan', 'off', true), "
            + "set_config('enable_seqscan', 'off', true)";

    /**
     * Moves the position to the end of the longest run of the feed, from the position, that {@code logIds} names:
     * the webhook delivery acknowledges in order, and an event acknowledged after one that is not stays owed (sent
     * again, never skipped). The run is at most as long as the list, so the walk reads one row more.
     */
    static final String ADVANCE_FEED = """
            WITH acked AS (
                SELECT unnest(?::text[]) AS log_id
            ), walk AS (
                SELECT f.tx, f.log_id, f.log_id IN (SELECT log_id FROM acked) AS done
                FROM event_streams s CROSS JOIN LATERAL (
                    SELECT l.tx, l.log_id
                    FROM logs l
                    WHERE %s
                    ORDER BY l.tx, l.log_id
                    LIMIT ?
                ) AS f
                WHERE s.id = ?
            ), stop AS (
                SELECT tx, log_id FROM walk WHERE NOT done ORDER BY tx, log_id LIMIT 1
            ), reached AS (
                SELECT w.tx, w.log_id
                FROM walk w
                WHERE w.done AND NOT EXISTS (SELECT 1 FROM stop WHERE (w.tx, w.log_id) > (stop.tx, stop.log_id))
                ORDER BY w.tx DESC, w.log_id DESC
                LIMIT 1
            )
            UPDATE event_streams s SET feed_tx = reached.tx, feed_log = reached.log_id
            FROM reached
            WHERE s.id = ? AND (reached.tx, reached.log_id) > (s.feed_tx, s.feed_log)""".formatted(
                    EventFeed.owes("s", "l"));

    /**
     * With nothing waiting, moves the position up to the xmin when the feed has no event below it: later reads (and
     * log retention) then skip the events of other types in between. Every bound once computed holds for good. One
     * statement, run after every empty read (a poll stream's long poll reads every few hundred milliseconds): it
     * writes nothing for a stream without a feed, and a stream whose row it changes has evaluated every condition,
     * the last of which makes this statement's own transaction commit lazily, as {@link Db#inLazyTransaction}'s do.
     */
    private static final String CATCH_UP = """
            UPDATE event_streams s SET feed_tx = x.xmin, feed_log = ''
            FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin) AS x
            WHERE s.id = ? AND s.feed_types IS NOT NULL AND (s.feed_tx, s.feed_log) < (x.xmin, '')
              AND NOT EXISTS (SELECT 1 FROM logs l WHERE %s AND l.tx < x.xmin)
              AND set_config('synchronous_commit', 'off', true) IS NOT NULL""".formatted(EventFeed.owesAll("s", "l"));

    /**
     * What the feed owes, kept in the outbox when the feed changes (its types, or it stops): the outbox is read with
     * the feed, and keeps what a stream that reads no feed is owed.
     */
    private static final String KEEP_OWED = """
            INSERT INTO event_stream_outbox (stream_id, log_id)
            SELECT s.id, l.log_id
            FROM event_streams s JOIN logs l ON %s
            WHERE s.id = ?
            ORDER BY l.tx, l.log_id
            ON CONFLICT (stream_id, log_id) DO NOTHING""".formatted(EventFeed.owesAll("s", "l"));

    private static final StreamOutbox OUTBOX = StreamOutbox.EVENT_STREAMS;

    private static final String SET_SETTINGS = "name = ?, format = ?, destination_type = ?, url = ?, "
            + "authorization_value = ?, subscriptions = ?, audience = ?, status = ?, version = ?, failures = ?, "
            + "next_attempt_at = ?, last_error = ?, created_at = ?, updated_at = ?, batch = ?";

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
        List<Object> params = settings(stream);
        params.add(EventFeed.types(stream));
        Db.dml(db.execute(), "INSERT INTO event_streams (" + COLUMNS + ", feed_types, feed_start, feed_tx, feed_log) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + EventFeed.TYPES_PARAM + ", "
                + EventFeed.STARTS_NOW + ")", params);
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
        // id goes last, for the WHERE clause; the version the update replaces is checked as the row is locked.
        Object id = params.removeFirst();
        String feed = EventFeed.types(updated);
        boolean changed = db.inTransaction(tx -> {
            Optional<String> stored = Db.first(tx, "SELECT coalesce(array_to_string(feed_types, ','), '') AS types "
                    + "FROM event_streams WHERE id = ? AND version = ? FOR UPDATE",
                    row -> Rows.string(row, "types"), List.of(id, updated.version() - 1));
            if (stored.isEmpty()) {
                return false;
            }
            String set = SET_SETTINGS;
            if (!stored.get().equals(feed)) {
                refeed(tx, updated.id(), !stored.get().isEmpty());
                params.add(feed);
                set += ", feed_types = " + EventFeed.TYPES_PARAM + ", (feed_start, feed_tx, feed_log) = ("
                        + EventFeed.STARTS_NOW + ")";
            }
            params.add(id);
            return Db.dml(tx, "UPDATE event_streams SET " + set + " WHERE id = ?", params) == 1;
        });
        if (!changed) {
            throw findById(updated.id()).isPresent()
                    ? PreconditionFailedException.versionMismatch(updated.id().value())
                    : NotFoundException.resource("Event stream", updated.id().value());
        }
        changedHere.run();
    }

    /**
     * Before a stream's feed changes (its types, or it starts or stops): what the old feed owes goes to the outbox,
     * once every write that may have read the old settings has committed. Writes take {@code logs} before they read
     * the streams, so the lock waits for those in flight and holds back the next until this transaction ends; a write
     * that read the new settings is either in the new feed, which starts with a snapshot taken after the lock, or
     * kept in the outbox. A feed that starts from none needs no lock: its start snapshot leaves out only what
     * committed before, and what commits after it is either in the feed or, read with the old settings, in the
     * outbox.
     */
    private static void refeed(DbExecute tx, EventStreamId id, boolean hadFeed) {
        if (hadFeed) {
            Db.dml(tx, "LOCK TABLE logs IN SHARE MODE", List.of());
            Db.dml(tx, KEEP_OWED, List.of(id.value()));
        }
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
        return db.inLazyTransaction(tx -> Db.dml(tx, "UPDATE event_streams SET lease_owner = ?, lease_until = ? "
                + "WHERE id = ? AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)",
                Db.params(owner, Rows.timestamp(now.plus(lease)), id.value(), owner, Rows.timestamp(now))) == 1);
    }

    @Override
    public void release(EventStreamId id, String owner) {
        db.inLazyTransaction(tx -> Db.dml(tx, "UPDATE event_streams SET lease_owner = NULL, lease_until = NULL "
                + "WHERE id = ? AND lease_owner = ?", List.of(id.value(), owner)));
    }

    @Override
    public List<LogEntry> pending(EventStreamId id, int limit) {
        int bounded = Math.max(0, limit);
        List<LogEntry> pending = db.inTransaction(tx -> {
            Db.first(tx, READ_IN_ORDER, row -> 0, List.of());
            return Db.query(tx, PENDING, PostgresLogRepository::entry, List.of(id.value(), bounded, bounded, bounded));
        });
        if (pending.isEmpty() && bounded > 0) {
            Db.dml(db.execute(), CATCH_UP, List.of(id.value()));
        }
        return pending;
    }

    @Override
    public long pendingCount(EventStreamId id) {
        return db.inTransaction(tx -> {
            Db.first(tx, READ_IN_ORDER, row -> 0, List.of());
            return Db.first(tx, COUNT, row -> Rows.longValue(row, "n"), List.of(id.value())).orElse(0L);
        });
    }

    /** The feed's position first: the outbox copies of what it passed, kept meanwhile by a feed change, then go too. */
    @Override
    public void acknowledge(EventStreamId id, List<String> logIds) {
        if (!logIds.isEmpty()) {
            db.inLazyTransaction(tx -> {
                Db.first(tx, READ_IN_ORDER, row -> 0, List.of());
                Db.dml(tx, ADVANCE_FEED, List.of(logIds.toArray(String[]::new), logIds.size() + 1, id.value(),
                        id.value()));
                OUTBOX.acknowledge(tx, id.value(), logIds);
                return null;
            });
        }
    }

    @Override
    public void recordDelivery(EventStreamId id, EventDelivery state) {
        db.inLazyTransaction(tx -> Db.dml(tx, "UPDATE event_streams SET failures = ?, next_attempt_at = ?, "
                + "last_error = ? WHERE id = ?", Db.params(state.failures(), Rows.timestamp(state.nextAttemptAt()),
                state.lastError(), id.value())));
    }

    @Override
    public int redeliver(EventStreamId id, EventSelection selection, Set<LogType> types) {
        String[] codes = types.stream().map(LogType::code).toArray(String[]::new);
        return (int) switch (selection) {
            case EventSelection.ByIds ids -> Db.dml(db.execute(), REDELIVER.formatted("l.log_id = ANY (?::text[])"),
                    Db.params(ids.logIds().toArray(String[]::new), codes, EventSelection.MAX_EVENTS, id.value()));
            case EventSelection.Between range -> Db.dml(db.execute(),
                    REDELIVER.formatted("l.log_id >= ? AND l.log_id < ?"),
                    Db.params(range.fromLogId(), range.toLogId(), codes, EventSelection.MAX_EVENTS, id.value()));
        };
    }

    @Override
    public void recordAttempts(EventStreamId id, List<DeliveryAttempt> attempts, int keep) {
        if (attempts.isEmpty()) {
            return;
        }
        db.inLazyTransaction(tx -> {
            Db.dml(tx, """
                    INSERT INTO event_deliveries (stream_id, event_id, at, outcome, status, detail, events,
                                                  last_event_id)
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
            return Db.dml(tx, TRIM_ATTEMPTS, Db.params(id.value(), id.value(), keep));
        });
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
