package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ScimClient;
import java.util.List;

/** A connection's OAuth clients, oldest first. */
public interface ListScimClientsUseCase {

    List<ScimClient> list(ConnectionId connectionId);
}
