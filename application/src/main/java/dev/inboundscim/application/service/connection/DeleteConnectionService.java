package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.DeleteConnectionUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.error.NotFoundException;

/** Deletes a connection and everything that belongs to it. */
public final class DeleteConnectionService implements DeleteConnectionUseCase {

    private final ConnectionLookup lookup;
    private final ConnectionRepository connections;

    public DeleteConnectionService(ConnectionLookup lookup, ConnectionRepository connections) {
        this.lookup = lookup;
        this.connections = connections;
    }

    @Override
    public void delete(String connectionId) {
        if (!connections.delete(lookup.require(connectionId).id())) {
            throw NotFoundException.resource("Connection", connectionId);
        }
    }
}
