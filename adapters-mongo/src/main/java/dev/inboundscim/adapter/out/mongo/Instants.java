package dev.inboundscim.adapter.out.mongo;

import java.time.Instant;
import java.util.Date;

/**
 * Instants as BSON dates, which hold milliseconds: the server's clock ticks in milliseconds, so nothing it writes
 * loses precision; a finer instant is truncated, never rounded up.
 */
final class Instants {

    private Instants() {
    }

    static Date toDate(Instant instant) {
        return instant == null ? null : new Date(instant.toEpochMilli());
    }

    static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
