package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook streams' feed (V26), caused with real concurrent transactions: a position never passes an event a
 * transaction still open may commit, nor one acknowledged out of order; a stream's start leaves out what committed
 * before it; and when a feed changes (pause, subscriptions, a batch from the version before) what it owed is kept and
 * a write in flight is neither lost nor taken into a paused stream.
 */
class PostgresEventFeedTest {

    private final Repositories repositories = PostgresRepositories.shared();
    private final EventStreamRepository streams = repositories.eventStreams();
    private final LogIds ids = new LogIds();
    private final String connectionId = "con_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final List<EventStream> created = new ArrayList<>();

    @AfterEach
    void deleteStreams() {
        for (EventStream stream : created) {
            if (streams.findById(stream.id()).isPresent()) {
                streams.delete(stream.id());
            }
        }
    }

    @Test
    void aTransactionStillOpenHoldsBackTheEventsCommittedAfterIt() throws SQLException {
        EventStream stream = webhook(EventType.USER_DELETED);
        LogEntry first = event(LogType.USER_DELETED);
        LogEntry second = event(LogType.USER_DELETED);
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            store(open, routed(first, stream));
            repositories.logs().append(List.of(routed(second, stream)));

            assertEquals(List.of(), pendingIds(stream), "second's transaction came after the open one's");
            assertEquals(List.of(), pendingIds(stream), "nor does catching up pass it");

            open.commit();
        }
        assertEquals(List.of(first.logId(), second.logId()), pendingIds(stream));
        assertEquals(0, outboxRows(stream), "a webhook stream's events are read from the log, not queued");
    }

    @Test
    void anAcknowledgementOutOfOrderSkipsNothing() {
        EventStream stream = webhook(EventType.USER_DELETED);
        LogEntry a = event(LogType.USER_DELETED);
        LogEntry b = event(LogType.USER_DELETED);
        LogEntry c = event(LogType.USER_DELETED);
        repositories.logs().append(List.of(routed(a, stream), routed(b, stream), routed(c, stream)));

        streams.acknowledge(stream.id(), List.of(b.logId()));
        assertEquals(List.of(a.logId(), b.logId(), c.logId()), pendingIds(stream), "b goes again after a");

        streams.acknowledge(stream.id(), List.of(a.logId(), b.logId()));
        assertEquals(List.of(c.logId()), pendingIds(stream));
        assertEquals(1, streams.pendingCount(stream.id()));
    }

    @Test
    void whatCommittedBeforeTheStreamWasCreatedIsNotItsEvenBehindAnOpenTransaction() throws SQLException {
        LogEntry before = event(LogType.USER_DELETED);
        LogEntry after = event(LogType.USER_DELETED);
        EventStream stream;
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            // Holds the xmin below everything that follows.
            store(open, routed(event(LogType.USER_DELETED), null));
            repositories.logs().append(List.of(routed(before, null)));
            stream = webhook(EventType.USER_DELETED);
            repositories.logs().append(List.of(routed(after, stream)));
            open.commit();
        }
        List<String> pending = pendingIds(stream);
        assertFalse(pending.contains(before.logId()), "committed before the stream's start snapshot");
        assertTrue(pending.contains(after.logId()));
    }

    @Test
    void catchingUpMovesThePositionPastEventsOfOtherTypes() throws SQLException {
        EventStream deletions = webhook(EventType.USER_DELETED);
        EventStream deactivations = webhook(EventType.USER_DEACTIVATED);
        for (int i = 0; i < 3; i++) {
            repositories.logs().append(List.of(routed(event(LogType.USER_DEACTIVATED), deactivations)));
        }
        long before = position(deletions);

        assertEquals(List.of(), pendingIds(deletions));

        assertTrue(position(deletions) > before, "past the other stream's events");
        assertEquals(3, pendingIds(deactivations).size(), "which the other stream still owes");
    }

    @Test
    void pausingKeepsWhatWasOwedWaitsForAWriteInFlightAndCollectsNothingMore() throws Exception {
        EventStream stream = webhook(EventType.USER_DELETED);
        LogEntry owed = event(LogType.USER_DELETED);
        LogEntry inFlight = event(LogType.USER_DELETED);
        repositories.logs().append(List.of(routed(owed, stream)));
        EventStream paused = stream.withSettings(stream.name(), stream.destination(), stream.subscriptions(), null,
                EventStreamStatus.PAUSED, Instant.now());
        CompletableFuture<Void> pausing;
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            store(open, routed(inFlight, stream));
            pausing = CompletableFuture.runAsync(() -> streams.update(paused));
            awaitLockWait();
            assertFalse(pausing.isDone(), "the pause waits for the write that read the settings before it");
            open.commit();
        }
        pausing.get(30, TimeUnit.SECONDS);
        repositories.logs().append(List.of(routed(event(LogType.USER_DELETED), stream)));

        assertEquals(List.of(owed.logId(), inFlight.logId()), pendingIds(stream),
                "what the feed owed, kept; nothing of the pause");
        assertEquals(2, outboxRows(stream));

        EventStream resumed = paused.withSettings(paused.name(), paused.destination(), paused.subscriptions(), null,
                EventStreamStatus.ACTIVE, Instant.now());
        streams.update(resumed);
        LogEntry next = event(LogType.USER_DELETED);
        repositories.logs().append(List.of(routed(next, stream)));
        assertEquals(List.of(owed.logId(), inFlight.logId(), next.logId()), pendingIds(stream));
    }

    @Test
    void newSubscriptionsKeepWhatTheOldOnesOwed() {
        EventStream stream = webhook(EventType.USER_DELETED);
        LogEntry deleted = event(LogType.USER_DELETED);
        repositories.logs().append(List.of(routed(deleted, stream)));
        streams.update(stream.withSettings(stream.name(), stream.destination(),
                List.of(EventType.USER_DEACTIVATED), null, stream.status(), Instant.now()));
        LogEntry deactivated = event(LogType.USER_DEACTIVATED);
        LogEntry deletedLater = event(LogType.USER_DELETED);
        repositories.logs().append(List.of(routed(deactivated, stream), routed(deletedLater, stream)));

        assertEquals(List.of(deleted.logId(), deactivated.logId()), pendingIds(stream));
    }

    @Test
    void aBatchOfTheVersionBeforeIsQueuedAndDeliveredOnce() throws SQLException {
        EventStream stream = webhook(EventType.USER_DELETED);
        LogEntry old = event(LogType.USER_DELETED);
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT store_log_rows(?::jsonb)")) {
            // V20's format: no mark, nine values per entry, the routes to event streams only.
            statement.setString(1, """
                    {"entries": [["%s", "user.deleted", "%s", "%s", "gone", null, null, "okta|x|1", {}]],
                     "streams": [], "event_streams": [["%s", "%s"]], "ends_sessions": []}""".formatted(old.logId(),
                    old.date(), connectionId, old.logId(), stream.id().value()));
            statement.executeQuery().close();
        }

        assertEquals(List.of(old.logId()), pendingIds(stream));
        streams.acknowledge(stream.id(), List.of(old.logId()));
        assertEquals(List.of(), pendingIds(stream));
    }

    @Test
    void aWriteSkipsTheOutboxWhileEveryStreamReadsAFeedAndQueuesForAPollStream() throws SQLException {
        EventStream webhook = webhook(EventType.USER_DELETED);
        assertFalse(takesOutbox(routed(event(LogType.USER_DELETED), webhook)),
                "no stream reads without a feed: the outbox statement (V27) does not run");

        EventStream poll = stream(new EventDestination.Poll(), EventType.USER_DELETED);
        LogEntry both = event(LogType.USER_DELETED);
        assertTrue(takesOutbox(new RoutedLogEntry(both, List.of(), List.of(webhook.id(), poll.id()), false)),
                "a poll stream reads no feed: the outbox statement runs");
        assertEquals(1, outboxRows(poll), "the poll stream's event is queued");
        assertEquals(0, outboxRows(webhook), "the webhook stream reads it from its feed");
        assertEquals(both.logId(), pendingIds(webhook).getLast());
        assertEquals(List.of(both.logId()), pendingIds(poll));
    }

    @Test
    void aCountOfTheFeedNeverReadsTheIndexOfAllEventsOfItsTypes() throws SQLException {
        EventStream stream = webhook(EventType.USER_CREATED);
        repositories.logs().append(List.of(routed(event(LogType.USER_CREATED), stream)));
        // Only the type's index left, and every other way made dear: a plan that could use it for the condition
        // would (it reads the whole history of the stream's types).
        String plan = plan("SELECT count(*) FROM event_streams s JOIN logs l ON " + EventFeed.owesAll("s", "l")
                + " WHERE s.id = ?", List.of(stream.id().value()), "DROP INDEX logs_event_feed_idx",
                "SET LOCAL enable_seqscan = off");
        assertFalse(plan.contains("logs_type_idx"), plan);
        assertEquals(1, streams.pendingCount(stream.id()), "the index is back and the feed owes its event");
    }

    @Test
    void aBatchAndItsAcknowledgementWalkTheFeedInOrderUpToTheirLimitNotTheWholeBacklog() throws SQLException {
        EventStream stream = webhook(EventType.USER_CREATED);
        List<RoutedLogEntry> backlog = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            backlog.add(routed(event(LogType.USER_CREATED), stream));
        }
        repositories.logs().append(backlog);
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE logs");
        }
        // Whatever the statistics say (in a full test run: a small table, where sorting the backlog looks cheap).
        String plan = plan(PostgresEventStreamRepository.PENDING, List.of(stream.id().value(), 100, 100, 100),
                PostgresEventStreamRepository.READ_IN_ORDER);
        assertTrue(readsTheFeedsIndex(plan), plan);
        assertFalse(plan.contains("Bitmap"), plan);
        List<String> batch = pendingIds(stream);
        assertEquals(100, batch.size());

        String advance = plan(PostgresEventStreamRepository.ADVANCE_FEED, List.of(batch.toArray(String[]::new),
                        batch.size() + 1, stream.id().value(), stream.id().value()),
                PostgresEventStreamRepository.READ_IN_ORDER);
        assertTrue(readsTheFeedsIndex(advance), advance);
        assertFalse(advance.contains("Bitmap"), advance);
        streams.acknowledge(stream.id(), batch);
        assertEquals(1_900, streams.pendingCount(stream.id()));
    }

    @Test
    void theBacklogIsCountedFromTheFeedsIndexAlone() throws SQLException {
        EventStream stream = webhook(EventType.USER_CREATED);
        List<RoutedLogEntry> backlog = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            backlog.add(routed(event(i % 2 == 0 ? LogType.USER_CREATED : LogType.USER_UPDATED), stream));
        }
        repositories.logs().append(backlog);
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE logs");
        }
        // The type the subscriptions test is in the index (V28): no visit to logs is needed to count what is owed.
        String plan = plan(PostgresEventStreamRepository.COUNT, List.of(stream.id().value()),
                PostgresEventStreamRepository.READ_IN_ORDER);
        assertTrue(plan.contains("Index Only Scan using logs_event_feed_idx"), plan);
        assertEquals(1_000, streams.pendingCount(stream.id()), "the events of its one type");
    }

    /** Whether {@code plan} walks the feed's index in its order (from the index alone, or visiting the rows). */
    private static boolean readsTheFeedsIndex(String plan) {
        return plan.contains("Index Scan using logs_event_feed_idx")
                || plan.contains("Index Only Scan using logs_event_feed_idx");
    }

    /** The plan of {@code sql} with {@code parameters}, after {@code setUp} in the same transaction, rolled back. */
    private static String plan(String sql, List<Object> parameters, String... setUp) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                for (String step : setUp) {
                    statement.execute(step);
                }
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                    for (int i = 0; i < parameters.size(); i++) {
                        Object value = parameters.get(i);
                        explain.setObject(i + 1, value instanceof String[] texts
                                ? connection.createArrayOf("text", texts) : value);
                    }
                    StringBuilder lines = new StringBuilder();
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            lines.append(rows.getString(1)).append('\n');
                        }
                    }
                    return lines.toString();
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private EventStream webhook(EventType... types) {
        return stream(EventDestination.Webhook.of("https://events.example.com/in", null, false), types);
    }

    private EventStream stream(EventDestination destination, EventType... types) {
        EventStream stream = EventStream.create("feed " + UUID.randomUUID(), EventFormat.CLOUDEVENTS, destination,
                List.of(types), null, Instant.now());
        streams.insert(stream);
        created.add(stream);
        return stream;
    }

    private LogEntry event(LogType type) {
        Instant now = Instant.now();
        return new LogEntry(ids.next(now), type, now, connectionId, type.code(), null, null, "okta|x|1",
                ScimObject.EMPTY);
    }

    /** {@code entry} collected by {@code stream}, or by a stream that does not exist (still an event row) if null. */
    private static RoutedLogEntry routed(LogEntry entry, EventStream stream) {
        return new RoutedLogEntry(entry, List.of(), List.of(stream == null
                ? new EventStreamId("evs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16))
                : stream.id()), false);
    }

    /** {@code entry} written in {@code open}'s transaction, as a user write stores it. */
    private static void store(Connection open, RoutedLogEntry entry) throws SQLException {
        try (PreparedStatement statement = open.prepareStatement("SELECT store_log_rows(?::jsonb)")) {
            statement.setString(1, LogBatchJson.of(List.of(entry)));
            statement.executeQuery().close();
        }
    }

    /**
     * Whether storing {@code entry} ran the INSERT into the event streams' outbox, seen by the lock that statement
     * takes on the table and keeps until its transaction ends (even when it inserts nothing).
     */
    private static boolean takesOutbox(RoutedLogEntry entry) throws SQLException {
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            store(open, entry);
            boolean locked;
            try (PreparedStatement locks = open.prepareStatement("SELECT count(*) FROM pg_locks WHERE pid = "
                    + "pg_backend_pid() AND relation = 'event_stream_outbox'::regclass");
                 ResultSet row = locks.executeQuery()) {
                locked = row.next() && row.getLong(1) > 0;
            }
            open.commit();
            return locked;
        }
    }

    private List<String> pendingIds(EventStream stream) {
        return streams.pending(stream.id(), 100).stream().map(LogEntry::logId).toList();
    }

    private static long position(EventStream stream) throws SQLException {
        return single("SELECT feed_tx::text::bigint FROM event_streams WHERE id = ?", stream.id().value());
    }

    private static long outboxRows(EventStream stream) throws SQLException {
        return single("SELECT count(*) FROM event_stream_outbox WHERE stream_id = ?", stream.id().value());
    }

    /** Until some session waits for a lock on {@code logs}. */
    private static void awaitLockWait() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (single("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = ?::regclass", "logs") == 0) {
            assertTrue(System.nanoTime() < deadline, "no session waited for logs");
            Thread.sleep(10);
        }
    }

    private static long single(String sql, String parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabases.Coordinates db = TestDatabases.coordinates();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }
}
