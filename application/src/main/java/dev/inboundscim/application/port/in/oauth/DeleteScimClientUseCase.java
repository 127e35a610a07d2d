package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ScimClientId;

/** Deletes an OAuth client: its access tokens stop working at once, in every server process. */
public interface DeleteScimClientUseCase {

    void delete(ConnectionId connectionId, ScimClientId clientId);
}
