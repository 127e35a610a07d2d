package dev.inboundscim.domain.logstream;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after the n-th consecutive failure the next attempt waits a random time between
 * half and all of min(max, base * 2^(n-1)). The waits keep growing, and processes retrying one sink drift apart
 * instead of hammering it in step.
 */
public record RetryBackoff(Duration base, Duration max) {

    public RetryBackoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= max");
        }
    }

    /** The ceiling of the wait after {@code failures} consecutive failures (at least one). */
    public Duration ceiling(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** The wait after {@code failures} consecutive failures; {@code random} yields values in [0, 1). */
    public Duration delay(int failures, DoubleSupplier random) {
        long ceiling = ceiling(failures).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) (ceiling / 2.0 * random.getAsDouble()));
    }
}
