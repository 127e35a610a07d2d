package dev.inboundscim.application;

import dev.inboundscim.domain.connection.RateLimit;

/**
 * The server's request limits on the SCIM endpoint (SPEC §7.1).
 *
 * @param perConnection each connection's bucket, unless its SCIM configuration names its own (off: no limit)
 * @param total         one bucket that every connection's admitted requests also draw from (off: none)
 */
public record RateLimitSettings(RateLimit perConnection, RateLimit total) {

    /** 100 requests per second per connection with a burst of 200, no server-wide limit. */
    public static final RateLimitSettings DEFAULTS = new RateLimitSettings(RateLimit.of(100, null), RateLimit.OFF);

    /** No limit anywhere: for benchmarks and suites that need raw speed. */
    public static final RateLimitSettings OFF = new RateLimitSettings(RateLimit.OFF, RateLimit.OFF);
}
