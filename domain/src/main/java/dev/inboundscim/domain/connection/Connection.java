package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.ConflictException;
import java.time.Instant;
import java.util.Objects;

/** One enterprise customer's identity provider, with its SCIM endpoint settings. */
public record Connection(ConnectionId id, ConnectionName name, Strategy strategy, String displayName,
                         boolean syncUserProfileAtLogin, Instant createdAt, Instant updatedAt) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Connection create(ConnectionName name, Strategy strategy, String displayName, Instant now) {
        return new Connection(ConnectionId.generate(), name, strategy, displayName, true, now, now);
    }

    /** The conflict a store reports when another connection has this name. */
    public ConflictException nameTaken() {
        return ConflictException.conflict("A connection named " + name + " already exists");
    }

    /** The conflict a store reports when a connection with this id exists already. */
    public ConflictException idTaken() {
        return ConflictException.conflict("A connection with id " + id + " already exists");
    }

    public Connection withDisplayName(String newDisplayName, Instant now) {
        return new Connection(id, name, strategy, newDisplayName, syncUserProfileAtLogin, createdAt, now);
    }

    public Connection withSyncUserProfileAtLogin(boolean sync, Instant now) {
        return new Connection(id, name, strategy, displayName, sync, createdAt, now);
    }
}
