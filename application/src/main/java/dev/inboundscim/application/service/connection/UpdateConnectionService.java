package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository.ConnectionChange;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.NotFoundException;
import java.time.Clock;

/** Applies the fields a PATCH of a connection carries. */
public final class UpdateConnectionService implements UpdateConnectionUseCase {

    private final ConnectionLookup lookup;
    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;
    private final Clock clock;

    public UpdateConnectionService(ConnectionLookup lookup, ConnectionRepository connections,
                                   ScimConfigurationRepository configurations, Clock clock) {
        this.lookup = lookup;
        this.connections = connections;
        this.configurations = configurations;
        this.clock = clock;
    }

    @Override
    public ConnectionView update(UpdateConnectionCommand command) {
        Connection current = lookup.require(command.connectionId());
        // Stored field by field, so a concurrent change of the other field is never undone.
        Connection connection = connections.change(current.id(), new ConnectionChange(command.displayName(),
                command.syncUserProfileAtLogin(), clock.instant()))
                .orElseThrow(() -> NotFoundException.resource("Connection", command.connectionId().value()));
        return new ConnectionView(connection, configurations.findByConnection(connection.id()).isPresent());
    }
}
