package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import java.time.Instant;
import java.util.Objects;

/**
 * A connection's SCIM configuration; its existence is what turns the connection's SCIM endpoint on.
 *
 * @param rateLimit this connection's own request limit, or null for the server's default (SPEC §7.1)
 * @param deletion what a SCIM DELETE of a user does (SPEC §10)
 * @param roleMapping which SCIM {@code roles} values grant which roles (SPEC §12)
 */
public record ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, RateLimit rateLimit,
                                DeletionPolicy deletion, RoleMapping roleMapping, Instant createdAt,
                                Instant updatedAt) {

    public ScimConfiguration {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(deletion, "deletion");
        Objects.requireNonNull(roleMapping, "roleMapping");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // Role sync reads the user's SCIM roles through the mapping, so they must be mapped to be seen at all.
        if (!roleMapping.isEmpty() && mapping.pairs().stream().noneMatch(pair -> !pair.scim().inExtension()
                && pair.scim().attribute().equalsIgnoreCase("roles"))) {
            throw BadRequestException.invalidValue("role_mapping needs the SCIM attribute roles in the mapping");
        }
    }

    /** A configuration that synchronises no role from SCIM. */
    public ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, RateLimit rateLimit,
                             DeletionPolicy deletion, Instant createdAt, Instant updatedAt) {
        this(connectionId, mapping, rateLimit, deletion, RoleMapping.NONE, createdAt, updatedAt);
    }

    /** A configuration with hard deletion, the default (SPEC §10). */
    public ScimConfiguration(ConnectionId connectionId, AttributeMapping mapping, RateLimit rateLimit,
                             Instant createdAt, Instant updatedAt) {
        this(connectionId, mapping, rateLimit, DeletionPolicy.HARD, RoleMapping.NONE, createdAt, updatedAt);
    }

    public ScimConfiguration withMapping(AttributeMapping newMapping, Instant now) {
        return new ScimConfiguration(connectionId, newMapping, rateLimit, deletion, roleMapping, createdAt, now);
    }

    /** A copy with {@code newRateLimit} (null: the server's default). */
    public ScimConfiguration withRateLimit(RateLimit newRateLimit, Instant now) {
        return new ScimConfiguration(connectionId, mapping, newRateLimit, deletion, roleMapping, createdAt, now);
    }

    /** A copy with {@code newDeletion}. */
    public ScimConfiguration withDeletion(DeletionPolicy newDeletion, Instant now) {
        return new ScimConfiguration(connectionId, mapping, rateLimit, newDeletion, roleMapping, createdAt, now);
    }

    /** A copy with {@code newMapping} and {@code newRoleMapping}, which must agree (the role mapping needs roles). */
    public ScimConfiguration withMappings(AttributeMapping newMapping, RoleMapping newRoleMapping, Instant now) {
        return new ScimConfiguration(connectionId, newMapping, rateLimit, deletion, newRoleMapping, createdAt, now);
    }

    /** A copy with {@code newRoleMapping}. */
    public ScimConfiguration withRoleMapping(RoleMapping newRoleMapping, Instant now) {
        return new ScimConfiguration(connectionId, mapping, rateLimit, deletion, newRoleMapping, createdAt, now);
    }
}
