package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.mapping.AttributeMapping;
import java.time.Instant;
import java.util.Objects;

/**
 * A connection's SCIM configuration; its existence is what turns the connection's SCIM endpoint on.
 *
 * @param rateLimit this connection's own request limit, or null for the server's default (SPEC §7.1)
 * @param deletion what a SCIM DELETE of a user does (SPEC §10)
 */
public record ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, RateLimit rateLimit,
                                DeletionPolicy deletion, Instant createdAt, Instant updatedAt) {

    public ScimConfiguration {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(deletion, "deletion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A configuration with hard deletion, the default (SPEC §10). */
    public ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, RateLimit rateLimit,
                             Instant createdAt, Instant updatedAt) {
        this(connectionId, mapping, rateLimit, DeletionPolicy.HARD, createdAt, updatedAt);
    }

    public ScimConfiguration withMapping(AttributeMapping newMapping, Instant now) {
        return new ScimConfiguration(connectionId, newMapping, rateLimit, deletion, createdAt, now);
    }

    /** A copy with {@code newRateLimit} (null: the server's default). */
    public ScimConfiguration withRateLimit(RateLimit newRateLimit, Instant now) {
        return new ScimConfiguration(connectionId, mapping, newRateLimit, deletion, createdAt, now);
    }

    /** A copy with {@code newDeletion}. */
    public ScimConfiguration withDeletion(DeletionPolicy newDeletion, Instant now) {
        return new ScimConfiguration(connectionId, mapping, rateLimit, newDeletion, createdAt, now);
    }
}
