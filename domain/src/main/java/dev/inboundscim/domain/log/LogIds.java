package dev.inboundscim.domain.log;

import dev.inboundscim.domain.id.RandomIds;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes log ids: the epoch millisecond and a sequence number, then 8 random alphanumerics that keep ids of different
 * processes apart. The ids one instance makes strictly increase, even within a millisecond, so streams deliver
 * entries in the order they were made; a server makes one instance and hands it to everything that logs.
 */
public final class LogIds {

    private static final long SEQUENCE_SPAN = 10_000;

    private final AtomicLong last = new AtomicLong();

    /**
     * The lowest id of the millisecond {@code instant}: every id made for an earlier date sorts below it, so "ids below
     * this bound" selects entries by age through the id index alone.
     */
    public static String boundAt(Instant instant) {
        return String.format("%013d", instant.toEpochMilli());
    }

    /**
     * When the entry {@code logId} names was made, to the millisecond (the id's first 13 digits): its date, or just
     * after it when a millisecond had more ids than the sequence holds. Empty for an id this class did not make.
     */
    public static Optional<Instant> madeAt(String logId) {
        if (logId == null || logId.length() < 13) {
            return Optional.empty();
        }
        for (int i = 0; i < 13; i++) {
            char c = logId.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(logId, 0, 13, 10)));
    }

    /** A fresh id for an entry dated {@code date}. */
    public String next(Instant date) {
        long stamp = last.updateAndGet(previous -> Math.max(previous + 1, date.toEpochMilli() * SEQUENCE_SPAN));
        return String.format("%013d%04d", stamp / SEQUENCE_SPAN, stamp % SEQUENCE_SPAN)
                + RandomIds.distinct("", 8);
    }
}
