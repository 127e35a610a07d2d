package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.connection.ConnectionId;

/** Reads a connection's SCIM configuration; 404 when the connection or the configuration is absent. */
public interface GetScimConfigurationUseCase {

    ScimConfigurationView get(ConnectionId connectionId);
}
