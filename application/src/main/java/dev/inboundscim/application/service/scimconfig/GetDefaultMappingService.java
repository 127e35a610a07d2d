package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.port.in.scimconfig.GetDefaultMappingUseCase;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.mapping.AttributeMapping;

/** The strategy default of a connection. */
public final class GetDefaultMappingService implements GetDefaultMappingUseCase {

    private final ConnectionLookup lookup;

    public GetDefaultMappingService(ConnectionLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public AttributeMapping defaultMapping(ConnectionId connectionId) {
        return MappingInput.defaults(lookup.require(connectionId).strategy());
    }
}
