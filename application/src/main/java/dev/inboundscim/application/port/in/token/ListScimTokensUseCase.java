package dev.inboundscim.application.port.in.token;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.ScimToken;
import java.util.List;

/** Lists a connection's tokens (never their secrets). */
public interface ListScimTokensUseCase {

    List<ScimToken> list(ConnectionId connectionId);
}
