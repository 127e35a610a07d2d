package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.mapping.AttributeMapping;
import java.time.Instant;
import java.util.Objects;

/** A connection's SCIM configuration; its existence is what turns the connection's SCIM endpoint on. */
public record ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, Instant createdAt,
                                Instant updatedAt) {

    public ScimConfiguration {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ScimConfiguration withMapping(AttributeMapping newMapping, Instant now) {
        return new ScimConfiguration(connectionId, newMapping, createdAt, now);
    }
}
