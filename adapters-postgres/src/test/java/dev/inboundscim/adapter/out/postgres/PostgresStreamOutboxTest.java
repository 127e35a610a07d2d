package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.LogRetentionSettings;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.service.log.LogRetention;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What V25 changed about the stream outboxes, caused with real concurrent transactions: reads start at each stream's
 * horizon, which must never pass a transaction still open, and without a foreign key a write may commit a row for a
 * stream deleted meanwhile, which must hold nothing back.
 */
class PostgresStreamOutboxTest {

    private final Repositories repositories = PostgresRepositories.shared();
    /** A poll stream: webhook streams read a feed instead (V26, PostgresEventFeedTest). */
    private final EventStream stream = EventStream.create("outbox " + UUID.randomUUID(), EventFormat.SET,
            new EventDestination.Poll(), List.of(EventType.USER_CREATED), "https://receiver.example.com",
            Instant.now());
    private final String connectionId = "con_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @AfterEach
    void deleteStream() {
        if (repositories.eventStreams().findById(stream.id()).isPresent()) {
            repositories.eventStreams().delete(stream.id());
        }
    }

    @Test
    void anEventOfATransactionOpenWhileLaterOnesAreAcknowledgedIsStillDelivered() throws SQLException {
        repositories.eventStreams().insert(stream);
        LogEntry first = event(Instant.now());
        LogEntry second = event(Instant.now());
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            store(open, first);
            // Committed after the open transaction took its id: read, delivered and acknowledged first.
            repositories.logs().append(List.of(routed(second)));
            assertEquals(List.of(second.logId()), pendingIds());
            repositories.eventStreams().acknowledge(stream.id(), List.of(second.logId()));
            assertTrue(horizon() > 0, "the acknowledgement moved the horizon");

            open.commit();
        }
        assertEquals(List.of(first.logId()), pendingIds(), "the horizon stayed below the open transaction");
        assertEquals(1, repositories.eventStreams().pendingCount(stream.id()));
    }

    @Test
    void deletingAStreamDeletesItsRowsWithIt() throws SQLException {
        repositories.eventStreams().insert(stream);
        repositories.logs().append(List.of(routed(event(Instant.now())), routed(event(Instant.now()))));
        assertEquals(2, outboxRows());

        repositories.eventStreams().delete(stream.id());

        assertEquals(0, outboxRows(), "the trigger that replaced ON DELETE CASCADE");
    }

    @Test
    void aRowWrittenWhileItsStreamIsDeletedHoldsNothingBack() throws SQLException {
        repositories.eventStreams().insert(stream);
        Instant old = Instant.now().minus(Duration.ofDays(400));
        LogEntry owed = event(old);
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            store(open, owed);
            repositories.eventStreams().delete(stream.id());
            open.commit();
        }
        assertEquals(1, outboxRows(), "the write read the stream before its deletion committed: an orphan row");

        new LogRetention(repositories.logs(), Clock.fixed(old.plus(Duration.ofDays(399)), ZoneOffset.UTC),
                new LogRetentionSettings(30, Duration.ofHours(1), 100, Duration.ZERO)).deleteExpired();

        assertEquals(List.of(), repositories.logs().list(LogQuery.newest(null, connectionId, null, 10)));
        assertEquals(0, outboxRows(), "the orphan went with its entry");
    }

    private LogEntry event(Instant date) {
        // A generator of its own: one shared with newer entries would stamp an old entry with their later time.
        return new LogEntry(new LogIds().next(date), LogType.USER_CREATED, date, connectionId, "User created", null, null,
                "okta|x|1", ScimObject.EMPTY);
    }

    private RoutedLogEntry routed(LogEntry entry) {
        return new RoutedLogEntry(entry, List.of(), List.of(stream.id()), false);
    }

    /** {@code entry} and its outbox row written in {@code open}'s transaction, as a user write stores them. */
    private void store(Connection open, LogEntry entry) throws SQLException {
        try (PreparedStatement statement = open.prepareStatement("SELECT store_log_rows(?::jsonb)")) {
            statement.setString(1, LogBatchJson.of(List.of(routed(entry))));
            statement.executeQuery().close();
        }
    }

    private List<String> pendingIds() {
        return repositories.eventStreams().pending(stream.id(), 100).stream().map(LogEntry::logId).toList();
    }

    private long horizon() throws SQLException {
        return single("SELECT horizon::text::bigint FROM event_streams WHERE id = ?", stream.id());
    }

    private long outboxRows() throws SQLException {
        return single("SELECT count(*) FROM event_stream_outbox WHERE stream_id = ?", stream.id());
    }

    private static long single(String sql, EventStreamId id) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id.value());
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
