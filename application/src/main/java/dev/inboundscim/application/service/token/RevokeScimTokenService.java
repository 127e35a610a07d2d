package dev.inboundscim.application.service.token;

import dev.inboundscim.application.port.in.token.RevokeScimTokenUseCase;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ConnectionLookup;
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
    public void revoke(String connectionId, String tokenId) {
        var connection = lookup.require(connectionId);
        if (!TokenId.isWellFormed(tokenId) || !tokens.delete(connection.id(), new TokenId(tokenId))) {
            throw NotFoundException.resource("Token", TokenId.isWellFormed(tokenId) ? tokenId : "with this id");
        }
    }
}
