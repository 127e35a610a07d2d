package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.ConnectionId;

/** Deletes a connection with its users, tokens and SCIM configuration; 404 when absent. */
public interface DeleteConnectionUseCase {

    void delete(ConnectionId connectionId);
}
