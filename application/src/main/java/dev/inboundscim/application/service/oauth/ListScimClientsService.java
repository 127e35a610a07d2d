package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.ListScimClientsUseCase;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ScimClient;
import java.util.List;

/** Lists a connection's clients. */
public final class ListScimClientsService implements ListScimClientsUseCase {

    private final ConnectionLookup lookup;
    private final ScimClientRepository clients;

    public ListScimClientsService(ConnectionLookup lookup, ScimClientRepository clients) {
        this.lookup = lookup;
        this.clients = clients;
    }

    @Override
    public List<ScimClient> list(ConnectionId connectionId) {
        return clients.findByConnection(lookup.require(connectionId).id());
    }
}
