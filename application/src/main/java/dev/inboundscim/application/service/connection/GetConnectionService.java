package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.connection.GetConnectionUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;

/** Reads one connection with its SCIM flag. */
public final class GetConnectionService implements GetConnectionUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;

    public GetConnectionService(ConnectionLookup lookup, ScimConfigurationRepository configurations) {
        this.lookup = lookup;
        this.configurations = configurations;
    }

    @Override
    public ConnectionView get(ConnectionId connectionId) {
        Connection connection = lookup.require(connectionId);
        return new ConnectionView(connection, configurations.findByConnection(connection.id()).isPresent());
    }
}
