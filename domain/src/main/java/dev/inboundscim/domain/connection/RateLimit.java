package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.BadRequestException;

/**
 * A token bucket's size (SPEC §7.1): {@code requestsPerSecond} refill it, {@code burst} is how many it holds. A rate
 * of zero means no limit.
 */
public record RateLimit(double requestsPerSecond, int burst) {

    /** No limit at all. */
    public static final RateLimit OFF = new RateLimit(0, 0);
    /** The largest rate a setting may name: beyond it a limit protects nothing. */
    static final double MAX_RATE = 1_000_000;

    public RateLimit {
        if (!(requestsPerSecond >= 0 && requestsPerSecond <= MAX_RATE)) {
            throw BadRequestException.invalidValue("requests_per_second must be a number from 0 (no limit) to "
                    + (long) MAX_RATE);
        }
        if (requestsPerSecond > 0 && (burst < 1 || burst > MAX_RATE)) {
            throw BadRequestException.invalidValue("burst must be a whole number from 1 to " + (long) MAX_RATE);
        }
        if (requestsPerSecond == 0) {
            burst = 0;
        }
    }

    /** {@code requestsPerSecond} with the default burst: twice the rate, at least one request. */
    public static RateLimit of(double requestsPerSecond, Integer burst) {
        // A burst given with no limit still says something wrong about the request when it is out of range.
        if (burst != null && (burst < 1 || burst > MAX_RATE)) {
            throw BadRequestException.invalidValue("burst must be a whole number from 1 to " + (long) MAX_RATE);
        }
        int size = burst != null ? burst : (int) Math.max(1, Math.min(MAX_RATE, Math.ceil(2 * requestsPerSecond)));
        return new RateLimit(requestsPerSecond, size);
    }

    public boolean isOff() {
        return requestsPerSecond == 0;
    }
}
