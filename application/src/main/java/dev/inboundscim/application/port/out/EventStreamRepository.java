package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDelivery;
import dev.inboundscim.domain.event.EventSelection;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores event streams (SPEC §11) and each stream's outbox. Events are log entries: every entry a user or group
 * write stores is, in the same atomic step, kept for each event stream its routing names
 * ({@code RoutedLogEntry#eventStreams}) until {@link #acknowledge} removes it, so a crash between a change and its
 * delivery loses nothing. Delivery order is the order the entries were kept in.
 */
public interface EventStreamRepository {

    void insert(EventStream stream);

    Optional<EventStream> findById(EventStreamId id);

    /** Every stream, in creation order. */
    List<EventStream> list();

    /**
     * Stores {@code updated} if the stored version is the one before it: {@code PreconditionFailedException} when
     * another writer got there first, {@code NotFoundException} when the stream is gone.
     */
    void update(EventStream updated);

    /** Deletes the stream, what is still kept for it and its delivery history; {@code NotFoundException} if absent. */
    void delete(EventStreamId id);

    /**
     * Takes or renews the stream's delivery lease for {@code owner} until {@code now + lease}: true when the owner
     * holds it, false when another owner's lease has not expired (or the stream is gone).
     */
    boolean claim(EventStreamId id, String owner, Instant now, Duration lease);

    /** Gives the lease up if {@code owner} holds it. */
    void release(EventStreamId id, String owner);

    /** The oldest events kept for the stream, in delivery order, at most {@code limit}. */
    List<LogEntry> pending(EventStreamId id, int limit);

    /** How many events are kept for the stream. */
    long pendingCount(EventStreamId id);

    /**
     * Forgets the delivered (or rejected for good) events. A pushed stream is acknowledged in delivery order; a store
     * that keeps such a stream by position (PostgreSQL) may keep, and send again, events acknowledged after one that
     * still waits, but never skips one.
     */
    void acknowledge(EventStreamId id, List<String> logIds);

    /** Records how pushing is going; not a settings change, so the version stays. */
    void recordDelivery(EventStreamId id, EventDelivery state);

    /**
     * Keeps again for the stream, after what it already keeps, the stored entries {@code selection} names whose type
     * is one of {@code types} (at most {@link EventSelection#MAX_EVENTS}, in log id order), except those still kept;
     * returns how many.
     */
    int redeliver(EventStreamId id, EventSelection selection, Set<LogType> types);

    /** Appends to the stream's delivery history, which keeps about the newest {@code keep} attempts. */
    void recordAttempts(EventStreamId id, List<DeliveryAttempt> attempts, int keep);

    /** The newest attempts first, at most {@code limit}. */
    List<DeliveryAttempt> attempts(EventStreamId id, int limit);
}
