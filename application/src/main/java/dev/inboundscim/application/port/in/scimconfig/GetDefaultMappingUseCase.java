package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.mapping.AttributeMapping;

/** The default mapping of a connection's strategy; 404 when the connection is absent. */
public interface GetDefaultMappingUseCase {

    AttributeMapping defaultMapping(ConnectionId connectionId);
}
