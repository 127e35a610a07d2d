package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.LogRetentionSettings;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.service.log.LogRetention;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDelivery;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventSelection;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventStreamRepository} must have: streams and their outbox, filled in the same atomic
 * step as the user or group write whose events it keeps, in order, until acknowledged; leases, redelivery and the
 * delivery history.
 */
public abstract class EventStreamRepositoryContract extends ContractSupport {

    private static final DeliveryAttempt.Outcome DELIVERED = DeliveryAttempt.Outcome.DELIVERED;
    private static final DeliveryAttempt.Outcome REJECTED = DeliveryAttempt.Outcome.REJECTED;
    private static final Duration YEAR_AND_MORE = Duration.ofDays(400);

    private final List<EventStream> created = new ArrayList<>();

    private EventStreamRepository streams() {
        return repositories().eventStreams();
    }

    /** Streams collect every later event of a shared store, so each test removes its own. */
    @AfterEach
    void deleteStreams() {
        for (EventStream stream : created) {
            if (streams().findById(stream.id()).isPresent()) {
                streams().delete(stream.id());
            }
        }
    }

    private EventStream newStream(EventType... types) {
        EventStream stream = EventStream.create("events " + unique(""), EventFormat.CLOUDEVENTS,
                EventDestination.Webhook.of("https://events.example.com/in?k=1", "Bearer s3cret", false), List.of(types),
                null, now());
        streams().insert(stream);
        created.add(stream);
        return stream;
    }

    private List<String> pendingIds(EventStream stream) {
        return streams().pending(stream.id(), 1000).stream().map(LogEntry::logId).toList();
    }

    /** The instant an entry's id is stamped with (its first 13 digits, as {@link LogIds#boundAt} writes them). */
    private static Instant stampOf(LogEntry entry) {
        return Instant.ofEpochMilli(Long.parseLong(entry.logId().substring(0, 13)));
    }

    private static LogEntry event(Connection connection, LogType type, String userId) {
        Instant date = now();
        return new LogEntry(LOG_IDS.next(date), type, date, connection.id().value(), type.code(), null, null, userId,
                ScimObject.builder().put("user_id", userId == null ? "none" : userId).build());
    }

    @Test
    void keepsEverySettingOfWebhookAndPollStreams() {
        EventStream webhook = newStream(EventType.USER_CREATED, EventType.GROUP_DELETED);
        EventStream poll = EventStream.create("poll " + unique(""), EventFormat.SET, new EventDestination.Poll(),
                List.of(EventType.USER_DELETED), "https://receiver.example.com", now());
        streams().insert(poll);
        created.add(poll);

        assertEquals(webhook, streams().findById(webhook.id()).orElseThrow());
        assertEquals(poll, streams().findById(poll.id()).orElseThrow());
        assertTrue(streams().list().containsAll(List.of(webhook, poll)));
    }

    @Test
    void keepsTheEventsOfUserWritesWithTheWriteInOrder() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.USER_CREATED, EventType.USER_UPDATED);
        User user = user(connection, "ada", "ext-ada");
        LogEntry createdEvent = event(connection, LogType.USER_CREATED, user.id().value());
        repositories().users().insert(inserting(user, List.of(log(connection, user.id().value()), createdEvent)));
        LogEntry updatedEvent = event(connection, LogType.USER_UPDATED, user.id().value());
        repositories().users().update(updating(changed(user), List.of(log(connection, user.id().value()),
                updatedEvent)));

        assertEquals(List.of(createdEvent, updatedEvent), streams().pending(stream.id(), 10),
                "the events, not the requests' entries, in the order of the changes");
        assertEquals(2, streams().pendingCount(stream.id()));
    }

    @Test
    void aWriteThatFailsKeepsNoEvent() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.USER_UPDATED);
        User user = insertedUser(connection, "ada", "ext-ada");
        repositories().users().update(updating(changed(user), event(connection, LogType.USER_UPDATED,
                user.id().value())));

        assertThrows(PreconditionFailedException.class, () -> repositories().users().update(updating(changed(user),
                event(connection, LogType.USER_UPDATED, user.id().value()))), "a stale version");
        assertEquals(1, streams().pendingCount(stream.id()));
    }

    @Test
    void keepsTheEventsOfGroupWrites() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.GROUP_CREATED, EventType.GROUP_MEMBER_ADDED);
        User member = insertedUser(connection, "ada", "ext-ada");
        Group group = group(connection, "Admins", null, 1);
        LogEntry createdEvent = event(connection, LogType.GROUP_CREATED, null);
        LogEntry joined = event(connection, LogType.GROUP_MEMBER_ADDED, member.id().value());
        groups().insert(inserting(group, ids(member), NO_LIMIT, NO_LIMIT, List.of(log(connection, null),
                createdEvent, joined)));

        assertEquals(List.of(createdEvent.logId(), joined.logId()), pendingIds(stream));
    }

    @Test
    void subscriptionsAndStatusSelectWhatIsKept() {
        Connection connection = newConnection();
        EventStream deletions = newStream(EventType.USER_DELETED);
        EventStream paused = newStream(EventType.USER_DELETED);
        EventStream suspended = newStream(EventType.USER_DELETED);
        streams().update(paused.withSettings(paused.name(), paused.destination(), paused.subscriptions(), null,
                EventStreamStatus.PAUSED, now()));
        streams().update(suspended.withSettings(suspended.name(), suspended.destination(),
                suspended.subscriptions(), null, EventStreamStatus.SUSPENDED, now()));
        LogEntry deleted = event(connection, LogType.USER_DELETED, "okta|x|1");
        LogEntry deactivated = event(connection, LogType.USER_DEACTIVATED, "okta|x|1");
        repositories().logs().append(routed(List.of(deleted, deactivated)));

        assertEquals(List.of(deleted.logId()), pendingIds(deletions));
        assertEquals(List.of(), pendingIds(paused));
        assertEquals(List.of(deleted.logId()), pendingIds(suspended));
    }

    @Test
    void acknowledgedEventsAreGoneForThatStreamOnly() {
        Connection connection = newConnection();
        EventStream one = newStream(EventType.USER_DELETED);
        EventStream two = newStream(EventType.USER_DELETED);
        LogEntry a = event(connection, LogType.USER_DELETED, "okta|x|1");
        LogEntry b = event(connection, LogType.USER_DELETED, "okta|x|2");
        repositories().logs().append(routed(List.of(a, b)));

        streams().acknowledge(one.id(), List.of(a.logId()));

        assertEquals(List.of(b.logId()), pendingIds(one));
        assertEquals(List.of(a.logId(), b.logId()), pendingIds(two));
        assertEquals(2, logsOf(connection).size(), "acknowledging never deletes the log entry itself");
    }

    @Test
    void deletingAStreamDropsWhatWaitsForItAndItsHistory() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.USER_DELETED);
        repositories().logs().append(routed(event(connection, LogType.USER_DELETED, "okta|x|1")));
        streams().recordAttempts(stream.id(), List.of(new DeliveryAttempt("evt_1", now(), DELIVERED, 202,
                null)), 10);

        streams().delete(stream.id());

        assertTrue(streams().findById(stream.id()).isEmpty());
        assertEquals(0, streams().pendingCount(stream.id()));
        assertEquals(List.of(), streams().attempts(stream.id(), 10));
        assertThrows(NotFoundException.class, () -> streams().delete(stream.id()));
    }

    @Test
    void updatesAreConditionalOnTheVersion() {
        EventStream stream = newStream(EventType.USER_CREATED);
        EventStream renamed = stream.withSettings("renamed", stream.destination(), stream.subscriptions(), null,
                stream.status(), now());
        EventStream paused = stream.withSettings(stream.name(), stream.destination(), stream.subscriptions(), null,
                EventStreamStatus.PAUSED, now());

        streams().update(renamed);

        assertThrows(PreconditionFailedException.class, () -> streams().update(paused));
        assertEquals(renamed, streams().findById(stream.id()).orElseThrow());
    }

    @Test
    void deliveryStateIsRecordedWithoutAVersionChange() {
        EventStream stream = newStream(EventType.USER_CREATED);
        EventDelivery failing = new EventDelivery(3, Instant.ofEpochMilli(now().toEpochMilli() + 60_000),
                "the endpoint answered HTTP 503");

        streams().recordDelivery(stream.id(), failing);

        EventStream stored = streams().findById(stream.id()).orElseThrow();
        assertEquals(failing, stored.delivery());
        assertEquals(stream.version(), stored.version());
    }

    @Test
    void oneOwnerHoldsTheLeaseUntilItExpiresOrIsReleased() {
        EventStream stream = newStream(EventType.USER_CREATED);
        Instant now = now();

        assertTrue(streams().claim(stream.id(), "proc_a", now, Duration.ofSeconds(30)));
        assertTrue(streams().claim(stream.id(), "proc_a", now.plusSeconds(1), Duration.ofSeconds(30)), "renewal");
        assertFalse(streams().claim(stream.id(), "proc_b", now.plusSeconds(2), Duration.ofSeconds(30)));
        assertTrue(streams().claim(stream.id(), "proc_b", now.plusSeconds(32), Duration.ofSeconds(30)),
                "an expired lease can be taken over");
        streams().release(stream.id(), "proc_a");
        assertFalse(streams().claim(stream.id(), "proc_a", now.plusSeconds(34), Duration.ofSeconds(30)),
                "only the holder can release");
        streams().release(stream.id(), "proc_b");
        assertTrue(streams().claim(stream.id(), "proc_a", now.plusSeconds(35), Duration.ofSeconds(30)));
    }

    @Test
    void redeliveryQueuesStoredEventsOfTheGivenTypesAgainOnce() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.USER_DELETED);
        LogEntry a = event(connection, LogType.USER_DELETED, "okta|x|1");
        LogEntry request = log(connection, null);
        LogEntry b = event(connection, LogType.USER_DELETED, "okta|x|2");
        repositories().logs().append(routed(List.of(a, request, b)));
        streams().acknowledge(stream.id(), List.of(a.logId(), b.logId()));
        Set<LogType> types = EnumSet.of(LogType.USER_DELETED);

        assertEquals(1, streams().redeliver(stream.id(), new EventSelection.ByIds(List.of(b.logId(),
                request.logId())), types), "the request's entry is not an event of the stream");
        assertEquals(List.of(b.logId()), pendingIds(stream));
        // The range from a's own id to the end of b's millisecond: one id source serves every contract test of the
        // JVM, so an id may be stamped after its entry's date (a range of dates would miss it), and another test's
        // entry may share a's millisecond (a range from that millisecond would take it in).
        assertEquals(1, streams().redeliver(stream.id(), new EventSelection.Between(a.logId(),
                LogIds.boundAt(stampOf(b).plusMillis(1))), types), "b still waits, so only a is queued");
        assertEquals(Set.of(a.logId(), b.logId()), Set.copyOf(pendingIds(stream)));
    }

    @Test
    void keepsABatchedWebhookAndRecordsThatStandForManyEvents() {
        EventStream batched = EventStream.create("batched " + unique(""), EventFormat.CLOUDEVENTS,
                EventDestination.Webhook.of("https://events.example.com/batch", null, true),
                List.of(EventType.USER_CREATED), null, now());
        streams().insert(batched);
        created.add(batched);
        assertEquals(batched.destination(), streams().findById(batched.id()).orElseThrow().destination());
        assertTrue(((EventDestination.Webhook) streams().findById(batched.id()).orElseThrow().destination()).batch());

        DeliveryAttempt hundred = new DeliveryAttempt("evt_1", now(), DELIVERED, 202, null, 100, "evt_100");
        DeliveryAttempt failed = new DeliveryAttempt("evt_101", now(), DeliveryAttempt.Outcome.FAILED, null,
                "the endpoint answered HTTP 503", 7, "evt_107");
        streams().recordAttempts(batched.id(), List.of(hundred, failed), 10);
        assertEquals(List.of(failed, hundred), streams().attempts(batched.id(), 10));
    }

    @Test
    void keepsTheNewestAttemptsFirst() {
        EventStream stream = newStream(EventType.USER_CREATED);
        List<DeliveryAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(new DeliveryAttempt("evt_" + i, now(), i == 4 ? REJECTED : DELIVERED,
                    i == 4 ? 400 : 202, i == 4 ? "invalid_request: bad" : null));
        }
        streams().recordAttempts(stream.id(), attempts.subList(0, 2), 3);
        streams().recordAttempts(stream.id(), attempts.subList(2, 5), 3);

        assertEquals(List.of(attempts.get(4), attempts.get(3), attempts.get(2)), streams().attempts(stream.id(), 10));
        assertEquals(List.of(attempts.get(4)), streams().attempts(stream.id(), 1));
    }

    @Test
    void retentionKeepsWhatAnEventStreamStillOwes() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.USER_CREATED);
        LogEntry owed = appendYearOldEvent(connection);

        retentionAfterAYear().deleteExpired();
        assertEquals(List.of(owed.logId()), logIdsOf(connection));

        streams().acknowledge(stream.id(), List.of(owed.logId()));
        retentionAfterAYear().deleteExpired();
        assertEquals(List.of(), logIdsOf(connection));
    }

    @Test
    void retentionDeletesWhatADeletedStreamOwed() {
        Connection connection = newConnection();
        EventStream stream = newStream(EventType.USER_CREATED);
        appendYearOldEvent(connection);

        streams().delete(stream.id());
        retentionAfterAYear().deleteExpired();

        assertEquals(List.of(), logIdsOf(connection), "a deleted stream's outbox holds nothing back");
    }

    /** A {@code user.created} entry stamped 400 days ago, routed to the streams that collect it. */
    private LogEntry appendYearOldEvent(Connection connection) {
        Instant old = now().minus(YEAR_AND_MORE);
        // A generator of its own: a shared one would stamp the old entry with the newer entries' later time.
        LogEntry entry = new LogEntry(new LogIds().next(old), LogType.USER_CREATED, old, connection.id().value(),
                "old", null, null, "okta|x|1", ScimObject.EMPTY);
        repositories().logs().append(routed(entry));
        return entry;
    }

    /** Retention of 30 days, run one day before the year-old entries' 400th day: they are all expired. */
    private LogRetention retentionAfterAYear() {
        return new LogRetention(repositories().logs(),
                Clock.fixed(now().minus(Duration.ofDays(1)), ZoneOffset.UTC),
                new LogRetentionSettings(30, Duration.ofHours(1), 100, Duration.ZERO));
    }

    private List<String> logIdsOf(Connection connection) {
        return repositories().logs().list(LogQuery.newest(null, connection.id().value(), null, 10)).stream()
                .map(LogEntry::logId).toList();
    }
}
