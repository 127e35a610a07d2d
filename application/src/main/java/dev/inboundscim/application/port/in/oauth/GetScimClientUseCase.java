package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;

/** One OAuth client of a connection; 404 when the connection has no such client. */
public interface GetScimClientUseCase {

    ScimClient get(ConnectionId connectionId, ScimClientId clientId);
}
