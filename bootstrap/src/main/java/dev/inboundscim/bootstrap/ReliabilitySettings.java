package dev.inboundscim.bootstrap;

import dev.inboundscim.application.RateLimitSettings;
import java.time.Duration;

/**
 * How the server holds up under load, slow clients and a failing store (SPEC §7.1, §7.2).
 *
 * @param rateLimits            the SCIM endpoint's request limits
 * @param maxConcurrentRequests requests handled at once; beyond it, 503 with {@code Retry-After} at once
 * @param maxConnections        TCP connections accepted at once; more wait in the kernel's backlog
 * @param requestHeadTimeout    how long a client may take to send its headers once its request line is in
 * @param idleConnectionTimeout how long a connection may stay without a request (or with a request line still
 *                              coming) before it is closed
 * @param storeTimeout          how long a store call may take before it is cut and answered 503
 * @param writeRetryDeadline    how long a write without {@code If-Match} retries on concurrent writers before 503
 * @param shutdownGrace         how long SIGTERM waits for requests in flight before the listener closes
 */
public record ReliabilitySettings(RateLimitSettings rateLimits, int maxConcurrentRequests, int maxConnections,
                                  Duration requestHeadTimeout, Duration idleConnectionTimeout, Duration storeTimeout,
                                  Duration writeRetryDeadline, Duration shutdownGrace) {

    public static final ReliabilitySettings DEFAULTS = new ReliabilitySettings(RateLimitSettings.DEFAULTS, 512,
            10_000, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(20));

    public ReliabilitySettings {
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("SHUTDOWN_GRACE_SECONDS must not be negative");
        }
    }
}
