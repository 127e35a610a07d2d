package dev.inboundscim.application;

import dev.inboundscim.domain.logstream.RetryBackoff;
import java.time.Duration;

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
}
