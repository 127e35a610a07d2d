package dev.inboundscim.domain.group;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.user.CanonicalForm;
import java.time.Instant;
import java.util.Objects;

/**
 * A SCIM group of one connection. Its members live beside it in the store, so that a membership change costs what
 * the change is, not what the group is; {@code memberCount} is kept by the store in the same atomic step.
 */
public record Group(GroupId id, ConnectionId connectionId, String displayName, String externalId,
                    Instant createdAt, Instant updatedAt, long version, long memberCount) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        GroupText.requireDisplayName(displayName);
        GroupText.requireExternalId(externalId);
    }

    /** The uniqueness key of {@code displayName}: unique per connection, case-insensitively (SPEC §3). */
    public String displayNameKey() {
        return key(displayName);
    }

    public static String key(String displayName) {
        return CanonicalForm.of(displayName);
    }
}
