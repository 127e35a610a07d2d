package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.LogRetentionSettings;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.service.log.LogRetention;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.ContentFormat;
import dev.inboundscim.domain.logstream.DeliveryState;
import dev.inboundscim.domain.logstream.HttpSink;
import dev.inboundscim.domain.logstream.LogCategory;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamStatus;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link LogStreamRepository} must have: streams and their outbox, filled in the same atomic step
 * as the log entry (by plain appends, batches, and user writes), in order, until acknowledged.
 */
public abstract class LogStreamRepositoryContract extends ContractSupport {

    private final List<LogStream> created = new ArrayList<>();

    private LogStreamRepository streams() {
        return repositories().logStreams();
    }

    /** Streams collect every later entry of a shared store, so each test removes its own. */
    @AfterEach
    void deleteStreams() {
        for (LogStream stream : created) {
            if (streams().findById(stream.id()).isPresent()) {
                streams().delete(stream.id());
            }
        }
    }

    private LogStream newStream(List<LogCategory> categories) {
        LogStream stream = LogStream.create("stream " + unique(""),
                HttpSink.of("https://logs.example.com/in?k=1", "Bearer s3cret", ContentFormat.JSONLINES),
                categories, now());
        streams().insert(stream);
        created.add(stream);
        return stream;
    }

    private List<String> pendingIds(LogStream stream) {
        return streams().pending(stream.id(), 1000).stream().map(LogEntry::logId).toList();
    }

    @Test
    void keepsEverySetting() {
        LogStream stream = newStream(List.of(LogCategory.SCIM_EVENT));

        assertEquals(stream, streams().findById(stream.id()).orElseThrow());
        assertTrue(streams().list().contains(stream));
    }

    @Test
    void keepsEveryEntryAppendedAfterCreationInOrderWithAllItsFields() {
        Connection connection = newConnection();
        LogEntry before = log(connection, null);
        logs(before);
        LogStream stream = newStream(List.of());
        LogEntry first = log(connection, LogType.FSCIM, "okta|acme|1");
        LogEntry second = log(connection, null);
        LogEntry third = log(connection, null);
        repositories().logs().append(routed(first));
        repositories().logs().append(routed(List.of(second, third)));

        assertEquals(List.of(first, second, third), streams().pending(stream.id(), 10));
        assertEquals(3, streams().pendingCount(stream.id()));
        assertEquals(List.of(first, second), streams().pending(stream.id(), 2));
    }

    @Test
    void retentionDeletesOldEntriesInBatchesButKeepsWhatAStreamStillOwes() {
        Connection connection = newConnection();
        Instant old = now().minus(Duration.ofDays(400));
        LogIds oldIds = new LogIds();
        List<LogEntry> expired = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expired.add(entryAt(oldIds, connection, old.plusSeconds(i)));
        }
        repositories().logs().append(expired.stream().map(e -> new RoutedLogEntry(e, List.of(), false)).toList());
        LogStream stream = newStream(List.of());
        LogEntry owed = entryAt(oldIds, connection, old.plusSeconds(10));
        repositories().logs().append(routed(owed));
        LogEntry recent = log(connection, null);
        logs(recent);
        // A clock 399 days after the old entries: with 30 days of retention they are all past it.
        Clock later = Clock.fixed(old.plus(Duration.ofDays(399)), ZoneOffset.UTC);
        LogRetention retention = new LogRetention(repositories().logs(), later,
                new LogRetentionSettings(30, Duration.ofHours(1), 2, Duration.ZERO));

        assertTrue(retention.deleteExpired() >= expired.size(), "deleted batch after batch");
        List<String> kept = repositories().logs().list(LogQuery.newest(null, connection.id().value(), null,
                100)).stream()
                .map(LogEntry::logId).toList();
        assertEquals(List.of(recent.logId(), owed.logId()), kept, "the stream still owes one; the other is recent");

        streams().acknowledge(stream.id(), List.of(owed.logId()));
        assertEquals(1, retention.deleteExpired());
        assertEquals(List.of(recent.logId()), repositories().logs().list(LogQuery.newest(null, connection.id().value(),
                null, 100))
                .stream().map(LogEntry::logId).toList());
        assertEquals(0, new LogRetention(repositories().logs(), later,
                new LogRetentionSettings(0, Duration.ofHours(1), 2, Duration.ZERO)).deleteExpired(),
                "0 days keeps everything");
    }

    private static LogEntry entryAt(LogIds ids, Connection connection, Instant date) {
        return new LogEntry(ids.next(date), LogType.SSCIM, date, connection.id().value(), "old", null, null, null,
                ScimObject.EMPTY);
    }

    @Test
    void keepsTheEntriesOfUserWritesWithTheWrite() {
        Connection connection = newConnection();
        LogStream stream = newStream(List.of(LogCategory.SCIM_EVENT));

        User user = insertedUser(connection, "ada", "ext-ada");
        LogEntry updateLog = log(connection, user.id().value());
        repositories().users().update(updating(changed(user), updateLog));

        List<LogEntry> pending = streams().pending(stream.id(), 10);
        assertEquals(2, pending.size());
        assertEquals(updateLog, pending.get(1));
        assertEquals(user.id().value(), pending.get(0).userId());
    }

    @Test
    void categoriesSelectTheTypesKept() {
        Connection connection = newConnection();
        LogStream scim = newStream(List.of(LogCategory.SCIM_EVENT));
        LogStream groupsOnly = newStream(List.of(LogCategory.GROUP_EVENT));
        LogStream everything = newStream(List.of());
        LogEntry request = log(connection, LogType.SSCIM, null);
        LogEntry event = log(connection, LogType.GROUP_MEMBER_ADDED, null);
        logs(request, event);

        assertEquals(List.of(request.logId()), pendingIds(scim));
        assertEquals(List.of(event.logId()), pendingIds(groupsOnly));
        assertEquals(List.of(request.logId(), event.logId()), pendingIds(everything));
    }

    @Test
    void aPausedStreamCollectsNothingASuspendedOneKeepsCollecting() {
        Connection connection = newConnection();
        LogStream paused = newStream(List.of());
        LogStream suspended = newStream(List.of());
        streams().update(paused.withSettings(paused.name(), LogStreamStatus.PAUSED, paused.sink(),
                paused.categories(), now()));
        streams().update(suspended.withSettings(suspended.name(), LogStreamStatus.SUSPENDED, suspended.sink(),
                suspended.categories(), now()));
        LogEntry entry = log(connection, null);
        logs(entry);

        assertEquals(List.of(), pendingIds(paused));
        assertEquals(List.of(entry.logId()), pendingIds(suspended));
    }

    @Test
    void acknowledgedEntriesAreGoneForThatStreamOnly() {
        Connection connection = newConnection();
        LogStream one = newStream(List.of());
        LogStream two = newStream(List.of());
        LogEntry a = log(connection, null);
        LogEntry b = log(connection, null);
        logs(a, b);

        streams().acknowledge(one.id(), List.of(a.logId()));

        assertEquals(List.of(b.logId()), pendingIds(one));
        assertEquals(List.of(a.logId(), b.logId()), pendingIds(two));
        assertEquals(2, logsOf(connection).size(), "acknowledging never deletes the log entry itself");
    }

    @Test
    void deletingAStreamDropsWhatWaitsForIt() {
        Connection connection = newConnection();
        LogStream stream = newStream(List.of());
        logs(log(connection, null));

        streams().delete(stream.id());

        assertTrue(streams().findById(stream.id()).isEmpty());
        assertEquals(0, streams().pendingCount(stream.id()));
        assertThrows(NotFoundException.class, () -> streams().delete(stream.id()));
    }

    @Test
    void updatesAreConditionalOnTheVersion() {
        LogStream stream = newStream(List.of());
        LogStream renamed = stream.withSettings("renamed", stream.status(), stream.sink(), stream.categories(), now());
        LogStream paused = stream.withSettings(stream.name(), LogStreamStatus.PAUSED, stream.sink(),
                stream.categories(), now());

        streams().update(renamed);

        assertThrows(PreconditionFailedException.class, () -> streams().update(paused));
        assertEquals(renamed, streams().findById(stream.id()).orElseThrow());
    }

    @Test
    void deliveryStateIsRecordedWithoutAVersionChange() {
        LogStream stream = newStream(List.of());
        DeliveryState failing = new DeliveryState(3, Instant.ofEpochMilli(now().toEpochMilli() + 60_000),
                "the endpoint answered HTTP 503");

        streams().recordDelivery(stream.id(), failing);

        LogStream stored = streams().findById(stream.id()).orElseThrow();
        assertEquals(failing, stored.delivery());
        assertEquals(stream.version(), stored.version());
    }

    @Test
    void oneOwnerHoldsTheLeaseUntilItExpiresOrIsReleased() {
        LogStream stream = newStream(List.of());
        Instant now = now();

        assertTrue(streams().claim(stream.id(), "proc_a", now, Duration.ofSeconds(30)));
        assertTrue(streams().claim(stream.id(), "proc_a", now.plusSeconds(1), Duration.ofSeconds(30)), "renewal");
        assertFalse(streams().claim(stream.id(), "proc_b", now.plusSeconds(2), Duration.ofSeconds(30)));
        assertTrue(streams().claim(stream.id(), "proc_b", now.plusSeconds(32), Duration.ofSeconds(30)),
                "an expired lease can be taken over");
        assertFalse(streams().claim(stream.id(), "proc_a", now.plusSeconds(33), Duration.ofSeconds(30)));

        streams().release(stream.id(), "proc_a");
        assertFalse(streams().claim(stream.id(), "proc_a", now.plusSeconds(34), Duration.ofSeconds(30)),
                "only the holder can release");
        streams().release(stream.id(), "proc_b");
        assertTrue(streams().claim(stream.id(), "proc_a", now.plusSeconds(35), Duration.ofSeconds(30)));
    }

    @Test
    void entriesWithNulCharactersAreKeptToo() {
        Connection connection = newConnection();
        LogStream stream = newStream(List.of());
        LogEntry hostile = new LogEntry(LOG_IDS.next(now()), LogType.FSCIM, now(), connection.id().value(),
                "bad\0request", null, null, null, ScimObject.EMPTY);

        repositories().logs().append(routed(hostile));

        assertEquals("bad\uFFFDrequest", streams().pending(stream.id(), 10).getFirst().description());
    }

    private void logs(LogEntry... entries) {
        for (LogEntry entry : entries) {
            repositories().logs().append(routed(entry));
        }
    }
}
