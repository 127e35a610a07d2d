package dev.inboundscim.domain.logstream;

import java.time.Instant;

/**
 * How delivery to a stream's sink is going: consecutive failed attempts, when the next one may start (null: at
 * once), and the last failure's message (never a secret: only status lines and exception messages).
 */
public record DeliveryState(int failures, Instant nextAttemptAt, String lastError) {

    public static final DeliveryState HEALTHY = new DeliveryState(0, null, null);

    public boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }
}
