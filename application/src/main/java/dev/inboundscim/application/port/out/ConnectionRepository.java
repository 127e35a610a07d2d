package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores connections; names are unique (a duplicate insert throws {@code ConflictException}). */
public interface ConnectionRepository {

    void insert(Connection connection);

    Optional<Connection> findById(ConnectionId id);

    List<Connection> findAll();

    /** Replaces the stored connection; false when it no longer exists. */
    boolean update(Connection connection);

    /**
     * Sets only the fields {@code change} names (null: left as stored) and {@code updatedAt}, in one atomic step, so
     * two concurrent changes of different fields both hold; the connection as stored afterwards, empty when it no
     * longer exists.
     */
    Optional<Connection> change(ConnectionId id, ConnectionChange change);

    /** A partial change: {@code displayName} and {@code syncUserProfileAtLogin} null mean unchanged. */
    record ConnectionChange(String displayName, Boolean syncUserProfileAtLogin, Instant updatedAt) {
    }

    /** Deletes the connection with its SCIM configuration, tokens and users; false when absent. */
    boolean delete(ConnectionId id);
}
