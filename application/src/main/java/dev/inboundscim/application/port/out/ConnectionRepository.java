package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import java.util.List;
import java.util.Optional;

/** Stores connections; names are unique (a duplicate insert throws {@code ConflictException}). */
public interface ConnectionRepository {

    void insert(Connection connection);

    Optional<Connection> findById(ConnectionId id);

    List<Connection> findAll();

    /** Replaces the stored connection; false when it no longer exists. */
    boolean update(Connection connection);

    /** Deletes the connection with its SCIM configuration, tokens and users; false when absent. */
    boolean delete(ConnectionId id);
}
