package dev.inboundscim.domain.event;

import java.time.Instant;

/**
 * How pushing a stream's events is going: consecutive failed attempts, when the next may start (null: at once), and
 * the last failure's message (a status line or an exception class, never a secret).
 */
public record EventDelivery(int failures, Instant nextAttemptAt, String lastError) {

    public static final EventDelivery HEALTHY = new EventDelivery(0, null, null);

    public boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }
}
