package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.connection.ConnectionId;

/** Turns the SCIM endpoint off and revokes the connection's tokens; 404 when absent. */
public interface DeleteScimConfigurationUseCase {

    void delete(ConnectionId connectionId);
}
