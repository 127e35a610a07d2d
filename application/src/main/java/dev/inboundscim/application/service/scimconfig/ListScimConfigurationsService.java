package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scimconfig.ListScimConfigurationsUseCase;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.domain.connection.ScimConfiguration;
import java.util.ArrayList;
import java.util.List;

/** Pages through SCIM configurations by connection id (checkpoint paging, as Auth0 does). */
public final class ListScimConfigurationsService implements ListScimConfigurationsUseCase {

    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 100;

    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;
    private final ScimSettings settings;

    public ListScimConfigurationsService(ConnectionRepository connections,
                                         ScimConfigurationRepository configurations, ScimSettings settings) {
        this.connections = connections;
        this.configurations = configurations;
        this.settings = settings;
    }

    @Override
    public ScimConfigurationPage list(String from, Integer take) {
        int size = take == null ? DEFAULT_TAKE : Math.max(1, Math.min(take, MAX_TAKE));
        List<ScimConfiguration> found = configurations.list(from == null || from.isBlank() ? null : from, size + 1);
        List<ScimConfigurationView> views = new ArrayList<>();
        for (ScimConfiguration configuration : found.subList(0, Math.min(size, found.size()))) {
            connections.findById(configuration.connectionId()).ifPresent(
                    c -> views.add(new ScimConfigurationView(c, configuration, settings.tenantName())));
        }
        String next = found.size() > size ? found.get(size - 1).connectionId().value() : null;
        return new ScimConfigurationPage(views, next);
    }
}
