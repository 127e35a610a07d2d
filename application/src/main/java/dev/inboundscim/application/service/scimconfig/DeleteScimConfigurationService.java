package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.port.in.scimconfig.DeleteScimConfigurationUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;

/** Disables SCIM on a connection and revokes its tokens. */
public final class DeleteScimConfigurationService implements DeleteScimConfigurationUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;

    public DeleteScimConfigurationService(ConnectionLookup lookup, ScimConfigurationRepository configurations) {
        this.lookup = lookup;
        this.configurations = configurations;
    }

    @Override
    public void delete(ConnectionId connectionId) {
        if (!configurations.deleteWithTokens(lookup.require(connectionId).id())) {
            throw new NotFoundException("The connection has no SCIM configuration");
        }
    }
}
