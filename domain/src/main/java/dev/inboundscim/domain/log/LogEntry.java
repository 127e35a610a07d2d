package dev.inboundscim.domain.log;

import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** One request log entry (SPEC §5); {@code details} never holds a password or a token. */
public record LogEntry(String logId, LogType type, Instant date, String connectionId, String description, String ip,
                       String userAgent, String userId, ScimObject details) {

    private static final long SEQUENCE_SPAN = 10_000;
    private static final AtomicLong LAST = new AtomicLong();

    public LogEntry {
        Objects.requireNonNull(logId, "logId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(details, "details");
    }

    /**
     * A fresh log id: the epoch millisecond and a sequence number, then 8 random alphanumerics that keep ids of
     * different processes apart. Ids one process makes strictly increase, even within a millisecond, so streams
     * deliver its entries in the order they were made.
     */
    public static String newLogId(Instant date) {
        long stamp = LAST.updateAndGet(last -> Math.max(last + 1, date.toEpochMilli() * SEQUENCE_SPAN));
        return String.format("%013d%04d", stamp / SEQUENCE_SPAN, stamp % SEQUENCE_SPAN)
                + RandomIds.distinct("", 8);
    }
}
