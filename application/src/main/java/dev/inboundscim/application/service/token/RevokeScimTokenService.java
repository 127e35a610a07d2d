package dev.inboundscim.application.service.token;

import dev.inboundscim.application.port.in.token.RevokeScimTokenUseCase;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.token.TokenId;

/** Deletes a token; the next request with it is a 401 because authentication reads the store every time. */
public final class RevokeScimTokenService implements RevokeScimTokenUseCase {

    private final ConnectionLookup lookup;
    private final ScimTokenRepository tokens;

    public RevokeScimTokenService(ConnectionLookup lookup, ScimTokenRepository tokens) {
        this.lookup = lookup;
        this.tokens = tokens;
    }

    @Override
    public void revoke(ConnectionId connectionId, TokenId tokenId) {
        var connection = lookup.require(connectionId);
        if (!tokens.delete(connection.id(), tokenId)) {
            throw NotFoundException.resource("Token", tokenId.value());
        }
    }
}
