package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.ConnectionRepository;
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
}
