package dev.inboundscim.application;

import dev.inboundscim.domain.logstream.RetryBackoff;
import java.time.Duration;
import java.time.Instant;

/**
 * How log streams are delivered (all configurable).
 *
 * @param pollInterval         how often each process looks for streams with waiting entries
 * @param batchSize            entries per delivery request (JSONOBJECT: per round of requests)
 * @param backoff              the wait between failed attempts
 * @param suspendAfterFailures consecutive failed attempts after which a stream turns {@code suspended}
 * @param lease                how long a process may deliver a stream before another one may take it over
 */
public record LogStreamSettings(Duration pollInterval, int batchSize, RetryBackoff backoff, int suspendAfterFailures,
                                Duration lease) {

    /** With these, a sink that stays down is retried for about an hour before its stream is suspended. */
    public static final LogStreamSettings DEFAULTS = new LogStreamSettings(Duration.ofMillis(500), 100,
            new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(5)), 20, Duration.ofSeconds(30));

    public LogStreamSettings {
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || suspendAfterFailures < 1
                || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("log stream settings must be positive (lease at least 1 s)");
        }
    }

    /**
     * The last moment a delivery that took or renewed its lease at {@code claimed} may start another request of a
     * batch sent a request at a time (an event stream one event per request, a log stream in {@code JSONOBJECT}):
     * half the lease. A hundred slow answers would otherwise outlast the lease, and another process, taking the stream
     * over, would send the same items beside this one's, out of order; the other half is left to the last request
     * (more than an exchange's 10 s with the default lease of 30 s). The first request of a batch always goes.
     */
    public Instant lastRequestStart(Instant claimed) {
        return claimed.plus(lease.dividedBy(2));
    }
}
