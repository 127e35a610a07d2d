package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.mapping.AttributeMapping;
import java.time.Instant;
import java.util.Objects;

/**
 * A connection's SCIM configuration; its existence is what turns the connection's SCIM endpoint on.
 *
 * @param rateLimit this connection's own request limit, or null for the server's default (SPEC §7.1)
 */
public record ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, RateLimit rateLimit,
                                Instant createdAt, Instant updatedAt) {

    public ScimConfiguration {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ScimConfiguration withMapping(AttributeMapping newMapping, Instant now) {
        return new ScimConfiguration(connectionId, newMapping, rateLimit, createdAt, now);
    }

    /** A copy with {@code newRateLimit} (null: the server's default). */
    public ScimConfiguration withRateLimit(RateLimit newRateLimit, Instant now) {
        return new ScimConfiguration(connectionId, mapping, newRateLimit, createdAt, now);
    }
}
