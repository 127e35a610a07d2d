package dev.inboundscim.application.port.in.token;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.TokenId;

/** Deletes a token so that it stops working at once; 404 when it is not the connection's. */
public interface RevokeScimTokenUseCase {

    void revoke(ConnectionId connectionId, TokenId tokenId);
}
