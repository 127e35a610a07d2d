package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scimconfig.GetScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;

/** Reads a SCIM configuration. */
public final class GetScimConfigurationService implements GetScimConfigurationUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final ScimSettings settings;

    public GetScimConfigurationService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                       ScimSettings settings) {
        this.lookup = lookup;
        this.configurations = configurations;
        this.settings = settings;
    }

    @Override
    public ScimConfigurationView get(ConnectionId connectionId) {
        Connection connection = lookup.require(connectionId);
        return configurations.findByConnection(connection.id())
                .map(c -> new ScimConfigurationView(connection, c, settings.tenantName()))
                .orElseThrow(() -> new NotFoundException("The connection has no SCIM configuration"));
    }
}
