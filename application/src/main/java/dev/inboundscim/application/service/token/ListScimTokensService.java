package dev.inboundscim.application.service.token;

import dev.inboundscim.application.port.in.token.ListScimTokensUseCase;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.ScimToken;
import java.util.List;

/** Lists a connection's tokens. */
public final class ListScimTokensService implements ListScimTokensUseCase {

    private final ConnectionLookup lookup;
    private final ScimTokenRepository tokens;

    public ListScimTokensService(ConnectionLookup lookup, ScimTokenRepository tokens) {
        this.lookup = lookup;
        this.tokens = tokens;
    }

    @Override
    public List<ScimToken> list(ConnectionId connectionId) {
        return tokens.findByConnection(lookup.require(connectionId).id());
    }
}
