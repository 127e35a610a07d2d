package dev.inboundscim.domain.log;

import dev.inboundscim.domain.id.RandomIds;
import java.time.Instant;
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

    /** A fresh id for an entry dated {@code date}. */
    public String next(Instant date) {
        long stamp = last.updateAndGet(previous -> Math.max(previous + 1, date.toEpochMilli() * SEQUENCE_SPAN));
        return String.format("%013d%04d", stamp / SEQUENCE_SPAN, stamp % SEQUENCE_SPAN)
                + RandomIds.distinct("", 8);
    }
}
