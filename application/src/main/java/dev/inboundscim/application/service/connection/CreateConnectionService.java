package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.domain.connection.Connection;
import java.time.Clock;

/** Validates and stores a new connection; the store rejects duplicate names. */
public final class CreateConnectionService implements CreateConnectionUseCase {

    private final ConnectionRepository connections;
    private final Clock clock;

    public CreateConnectionService(ConnectionRepository connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public Connection create(CreateConnectionCommand command) {
        Connection connection = Connection.create(command.name(), command.strategy(), command.displayName(),
                clock.instant());
        connections.insert(connection);
        return connection;
    }
}
