package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;

/** Finds a connection by the id a client sent, answering 404 for malformed and unknown ids alike. */
public final class ConnectionLookup {

    private final ConnectionRepository connections;

    public ConnectionLookup(ConnectionRepository connections) {
        this.connections = connections;
    }

    /** The connection {@code id} names; 404 when it does not exist. */
    public Connection require(ConnectionId id) {
        return connections.findById(id).orElseThrow(() -> NotFoundException.resource("Connection", id.value()));
    }

    public Connection require(String connectionId) {
        if (!ConnectionId.isWellFormed(connectionId)) {
            throw NotFoundException.resource("Connection", "with this id");
        }
        return connections.findById(new ConnectionId(connectionId))
                .orElseThrow(() -> NotFoundException.resource("Connection", connectionId));
    }
}
