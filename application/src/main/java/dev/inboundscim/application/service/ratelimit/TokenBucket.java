package dev.inboundscim.application.service.ratelimit;

import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.domain.connection.RateLimit;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket: {@link RateLimit#requestsPerSecond()} tokens a second flow in up to {@link RateLimit#burst()};
 * each admitted request takes one. Each bucket has its own lock, so a connection hammering its bucket never makes
 * another connection's requests wait.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private RateLimit limit;
    private double tokens;
    private long refilledAt;
    private long lastRefusalRecordedAt;

    TokenBucket(RateLimit limit, long now) {
        this.limit = limit;
        this.tokens = limit.burst();
        this.refilledAt = now;
        this.lastRefusalRecordedAt = now - (long) NANOS_PER_SECOND;
    }

    /** Takes a token if there is one. */
    synchronized Admission take(long now) {
        refill(now);
        double rate = limit.requestsPerSecond();
        if (tokens >= 1) {
            tokens -= 1;
            return new Admission(true, limit.burst(), (int) tokens, secondsUntil(limit.burst() - tokens, rate), 0,
                    false);
        }
        boolean record = now - lastRefusalRecordedAt >= NANOS_PER_SECOND;
        if (record) {
            lastRefusalRecordedAt = now;
        }
        return new Admission(false, limit.burst(), 0, secondsUntil(limit.burst() - tokens, rate),
                (int) Math.max(1, secondsUntil(1 - tokens, rate)), record);
    }

    /** Gives back a token taken for a request that another bucket then refused. */
    synchronized void giveBack() {
        tokens = Math.min(limit.burst(), tokens + 1);
    }

    /** Resizes the bucket (a connection's override changed); the tokens it holds stay, up to the new size. */
    synchronized void resize(RateLimit newLimit, long now) {
        if (!newLimit.equals(limit)) {
            refill(now);
            limit = newLimit;
            tokens = Math.min(tokens, newLimit.burst());
        }
    }

    synchronized RateLimit limit() {
        return limit;
    }

    /** Whether the bucket is full, so forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= limit.burst();
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(limit.burst(), tokens + elapsed / NANOS_PER_SECOND * limit.requestsPerSecond());
            refilledAt = now;
        }
    }

    private static long secondsUntil(double missingTokens, double rate) {
        return missingTokens <= 0 ? 0 : (long) Math.ceil(missingTokens / rate);
    }
}
