package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ScimConfiguration;
import java.util.List;
import java.util.Optional;

/** Stores each connection's SCIM configuration (at most one per connection). */
public interface ScimConfigurationRepository {

    /** Inserts; throws {@code ConflictException} when the connection already has one. */
    void insert(ScimConfiguration configuration);

    Optional<ScimConfiguration> findByConnection(ConnectionId connectionId);

    /** Replaces the stored configuration; false when it no longer exists. */
    boolean update(ScimConfiguration configuration);

    /**
     * Deletes the configuration and, in the same step, every way into the endpoint: its tokens (static and access),
     * OAuth clients, federated credentials and setup tickets, so turning SCIM on again starts clean; false when absent.
     */
    boolean deleteWithTokens(ConnectionId connectionId);

    /** Configurations ordered by connection id, starting after {@code afterConnectionId} (null: from the start). */
    List<ScimConfiguration> list(String afterConnectionId, int take);
}
