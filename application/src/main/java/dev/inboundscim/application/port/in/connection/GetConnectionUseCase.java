package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.ConnectionId;

/** Reads one connection; 404 when absent. */
public interface GetConnectionUseCase {

    ConnectionView get(ConnectionId connectionId);
}
