package dev.inboundscim.domain.logstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing rules of SPEC §5, decided before any store sees an entry. */
class RoutedLogEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final HttpSink SINK = HttpSink.of("https://siem.example.com/in", null, ContentFormat.JSONARRAY);
    private static final LogIds LOG_IDS = new LogIds();

    private static LogEntry entry(LogType type, String userId) {
        return new LogEntry(LOG_IDS.next(NOW), type, NOW, "con_1", "d", null, null, userId, ScimObject.EMPTY);
    }

    private static LogStream stream(String name, LogStreamStatus status, LogCategory... categories) {
        LogStream created = LogStream.create(name, SINK, List.of(categories), NOW);
        return status == LogStreamStatus.ACTIVE ? created
                : created.withSettings(name, status, SINK, created.categories(), NOW);
    }

    @Test
    void anEntryGoesToEveryStreamThatCollectsItsTypeInTheirOrder() {
        LogStream everything = stream("all", LogStreamStatus.ACTIVE);
        LogStream scim = stream("scim", LogStreamStatus.ACTIVE, LogCategory.SCIM_EVENT);
        LogStream groups = stream("groups", LogStreamStatus.ACTIVE, LogCategory.GROUP_EVENT);
        LogStream suspended = stream("failing", LogStreamStatus.SUSPENDED, LogCategory.SCIM_EVENT);
        LogStream paused = stream("paused", LogStreamStatus.PAUSED);
        List<LogStream> streams = List.of(everything, scim, groups, suspended, paused);

        assertEquals(List.of(everything.id(), scim.id(), suspended.id()),
                RoutedLogEntry.route(entry(LogType.SSCIM, null), streams).streams(),
                "a suspended stream keeps collecting; a paused one collects nothing");
        assertEquals(List.of(everything.id(), groups.id()),
                RoutedLogEntry.route(entry(LogType.GROUP_MEMBER_ADDED, null), streams).streams());
        assertEquals(List.of(), RoutedLogEntry.route(entry(LogType.SSCIM, null), List.of(paused, groups)).streams());
    }

    @Test
    void anEventGoesToTheEventStreamsThatSubscribeAndCollect() {
        EventStream created = EventStream.create("created", EventFormat.CLOUDEVENTS, new EventDestination.Poll(),
                List.of(EventType.USER_CREATED), null, NOW);
        EventStream both = EventStream.create("both", EventFormat.SET, new EventDestination.Poll(),
                List.of(EventType.USER_UPDATED, EventType.USER_CREATED), null, NOW);
        EventStream paused = both.withSettings("paused", both.destination(), both.subscriptions(), null,
                EventStreamStatus.PAUSED, NOW);
        EventStream suspended = both.withSettings("suspended", both.destination(), both.subscriptions(), null,
                EventStreamStatus.SUSPENDED, NOW);
        List<EventStream> streams = List.of(created, both, paused, suspended);

        assertEquals(List.of(created.id(), both.id(), suspended.id()),
                RoutedLogEntry.route(entry(LogType.USER_CREATED, "u"), List.of(), streams).eventStreams());
        assertEquals(List.of(both.id(), suspended.id()),
                RoutedLogEntry.route(entry(LogType.USER_UPDATED, "u"), List.of(), streams).eventStreams());
        assertEquals(List.of(), RoutedLogEntry.route(entry(LogType.SSCIM, "u"), List.of(), streams).eventStreams());
    }

    @Test
    void aLogStreamWithoutFiltersGetsProvisioningChangesOnlyWhenItAsksForThem() {
        LogStream everything = stream("all", LogStreamStatus.ACTIVE);
        LogStream changes = stream("changes", LogStreamStatus.ACTIVE, LogCategory.USER_CHANGE);

        assertEquals(List.of(changes.id()),
                RoutedLogEntry.route(entry(LogType.USER_UPDATED, "u"), List.of(everything, changes)).streams());
        assertEquals(List.of(everything.id()),
                RoutedLogEntry.route(entry(LogType.USER_DELETED, "u"), List.of(everything, changes)).streams());
    }

    @Test
    void onlyDeactivationsAndDeletionsOfAUserEndSessions() {
        for (LogType type : LogType.values()) {
            boolean ends = RoutedLogEntry.route(entry(type, "okta|acme|u1"), List.of()).endsSessions();
            assertEquals(type == LogType.USER_DEACTIVATED || type == LogType.USER_DELETED, ends, type.code());
        }
        assertFalse(RoutedLogEntry.route(entry(LogType.USER_DELETED, null), List.of()).endsSessions(),
                "an entry that names no user has no sessions to end");
    }

    @Test
    void routingKeepsTheEntriesInOrder() {
        List<LogEntry> entries = List.of(entry(LogType.SSCIM, "u"), entry(LogType.USER_DEACTIVATED, "u"));
        List<RoutedLogEntry> routed = RoutedLogEntry.routeAll(entries, List.of(stream("all", LogStreamStatus.ACTIVE)));
        assertEquals(entries, routed.stream().map(RoutedLogEntry::entry).toList());
        assertTrue(routed.get(1).endsSessions());
    }
}
