package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.Connection;

/** Creates a connection; a duplicate name is a 409, an unknown strategy a 400. */
public interface CreateConnectionUseCase {

    Connection create(CreateConnectionCommand command);

    record CreateConnectionCommand(String name, String strategy, String displayName) {
    }
}
