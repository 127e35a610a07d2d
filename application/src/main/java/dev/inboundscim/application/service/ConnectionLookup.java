package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;

/** Finds a connection by its id, answering 404 when there is none. */
public final class ConnectionLookup {

    private final ConnectionRepository connections;

    public ConnectionLookup(ConnectionRepository connections) {
        this.connections = connections;
    }

    /** The connection {@code id} names; 404 when it does not exist. */
    public Connection require(ConnectionId id) {
        return connections.findById(id).orElseThrow(() -> NotFoundException.resource("Connection", id.value()));
    }

    /**
     * The connection {@code id} names, whose SCIM endpoint is on: what tokens, OAuth clients, federated credentials
     * and setup tickets are for. 404 when the connection does not exist or has no SCIM configuration.
     */
    public Connection requireScimEndpoint(ConnectionId id, ScimConfigurationRepository configurations) {
        Connection connection = require(id);
        if (configurations.findByConnection(connection.id()).isEmpty()) {
            throw new NotFoundException("The connection has no SCIM configuration");
        }
        return connection;
    }
}
