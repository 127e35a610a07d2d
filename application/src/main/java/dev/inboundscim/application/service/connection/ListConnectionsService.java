package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.domain.connection.Connection;
import java.util.Comparator;
import java.util.List;

/** Lists connections with their SCIM flag, by name; a tenant has tens of them, so they are filtered in memory. */
public final class ListConnectionsService implements ListConnectionsUseCase {

    private static final int DEFAULT_PER_PAGE = 50;

    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;

    public ListConnectionsService(ConnectionRepository connections, ScimConfigurationRepository configurations) {
        this.connections = connections;
        this.configurations = configurations;
    }

    @Override
    public ConnectionsPage list(ListConnectionsCommand command) {
        List<Connection> selected = connections.findAll().stream()
                .filter(c -> command.strategy() == null || c.strategy() == command.strategy())
                .filter(c -> command.name() == null || c.name().value().equals(command.name()))
                .sorted(Comparator.comparing(c -> c.name().value()))
                .toList();
        boolean paged = command.page() != null || command.perPage() != null;
        int limit = paged ? (command.perPage() == null ? DEFAULT_PER_PAGE : command.perPage()) : selected.size();
        int start = paged && command.page() != null ? (int) Math.min((long) command.page() * limit, selected.size())
                : 0;
        List<ConnectionView> page = selected.subList(start, Math.min(selected.size(), start + limit)).stream()
                .map(c -> new ConnectionView(c, configurations.findByConnection(c.id()).isPresent()))
                .toList();
        return new ConnectionsPage(page, start, limit, selected.size());
    }
}
