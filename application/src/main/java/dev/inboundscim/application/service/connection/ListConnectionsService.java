package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import java.util.List;

/** Lists connections with their SCIM flag. */
public final class ListConnectionsService implements ListConnectionsUseCase {

    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;

    public ListConnectionsService(ConnectionRepository connections, ScimConfigurationRepository configurations) {
        this.connections = connections;
        this.configurations = configurations;
    }

    @Override
    public List<ConnectionView> list() {
        return connections.findAll().stream()
                .map(c -> new ConnectionView(c, configurations.findByConnection(c.id()).isPresent()))
                .toList();
    }
}
