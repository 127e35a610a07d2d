package dev.inboundscim.domain.user;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored user: the Auth0-style profile plus what the store needs to keep it consistent. {@code attributes} holds
 * the root attributes, {@code app_metadata} and {@code user_metadata}; {@code keys} are the canonical forms that
 * uniqueness is enforced on; {@code version} guards every write (optimistic concurrency).
 */
public record User(UserId id, ConnectionId connectionId, ScimObject attributes, List<Identity> identities,
                   UserKeys keys, Instant createdAt, Instant updatedAt, long version) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        identities = List.copyOf(identities);
    }

    /** A copy with new attributes and keys, the next version and {@code now} as its update time. */
    public User replaced(ScimObject newAttributes, UserKeys newKeys, Instant now) {
        return new User(id, connectionId, newAttributes, identities, newKeys, createdAt, now, version + 1);
    }

    /**
     * The next version as a soft delete keeps it (SPEC §10): blocked, so that nothing can treat it as active while it
     * waits for a restore or its purge.
     */
    public User softDeleted(Instant now) {
        return new User(id, connectionId, attributes.with("blocked", ScimBoolean.TRUE), identities, keys, createdAt,
                now, version + 1);
    }

    /** The next version with {@code more} identities appended (those already present once are not repeated). */
    public User withLinkedIdentities(List<Identity> more, Instant now) {
        List<Identity> all = new ArrayList<>(identities);
        more.stream().filter(i -> !all.contains(i)).forEach(all::add);
        return new User(id, connectionId, attributes, all, keys, createdAt, now, version + 1);
    }

    /** The conflict a store reports when another user of the connection has this userName (RFC 7644 §3.3). */
    public ConflictException userNameTaken() {
        return ConflictException.uniqueness("A user with this userName already exists");
    }

    /** The conflict a store reports when another user of the connection has this user-id attribute value. */
    public ConflictException userIdAttributeTaken() {
        return ConflictException.uniqueness("A user with this user id attribute value already exists");
    }

    /** The conflict a store reports when a user with this id exists already. */
    public ConflictException idTaken() {
        return ConflictException.uniqueness("User " + id + " already exists");
    }

    public boolean isBlocked() {
        return attributes.get("blocked").filter(ScimBoolean.TRUE::equals)
                .isPresent();
    }
}
