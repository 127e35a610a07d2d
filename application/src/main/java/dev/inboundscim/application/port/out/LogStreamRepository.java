package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.DeliveryState;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores log streams and each stream's outbox. Every log entry a {@link LogRepository} or a user or group write
 * stores is, in the same atomic step, kept for each stream that collects it (its status is not paused and its
 * categories accept the entry's type) until {@link #acknowledge} removes it; so a crash between a change and its
 * delivery loses nothing. A stream sees the entries stored after it was created.
 */
public interface LogStreamRepository {

    void insert(LogStream stream);

    Optional<LogStream> findById(LogStreamId id);

    /** Every stream, in creation order. */
    List<LogStream> list();

    /**
     * Stores {@code updated} if the stored version is the one before it: {@code PreconditionFailedException} when
     * another writer got there first, {@code NotFoundException} when the stream is gone.
     */
    void update(LogStream updated);

    /** Deletes the stream and everything still kept for it; {@code NotFoundException} when absent. */
    void delete(LogStreamId id);

    /**
     * Takes or renews the stream's delivery lease for {@code owner} until {@code now + lease}: true when the owner
     * holds it, false when another owner's lease has not expired (or the stream is gone).
     */
    boolean claim(LogStreamId id, String owner, Instant now, Duration lease);

    /** Gives the lease up if {@code owner} holds it. */
    void release(LogStreamId id, String owner);

    /** The oldest entries kept for the stream, in delivery order, at most {@code limit}. */
    List<LogEntry> pending(LogStreamId id, int limit);

    /** How many entries are kept for the stream. */
    long pendingCount(LogStreamId id);

    /** Forgets the delivered entries. */
    void acknowledge(LogStreamId id, List<String> logIds);

    /** Records how delivery is going; not a settings change, so the version stays. */
    void recordDelivery(LogStreamId id, DeliveryState state);
}
