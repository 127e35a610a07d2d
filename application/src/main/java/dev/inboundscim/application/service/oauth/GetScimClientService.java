package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.GetScimClientUseCase;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;

/** Reads one client of the connection. */
public final class GetScimClientService implements GetScimClientUseCase {

    private final ConnectionLookup lookup;
    private final ScimClientRepository clients;

    public GetScimClientService(ConnectionLookup lookup, ScimClientRepository clients) {
        this.lookup = lookup;
        this.clients = clients;
    }

    @Override
    public ScimClient get(ConnectionId connectionId, ScimClientId clientId) {
        return clients.findById(lookup.require(connectionId).id(), clientId)
                .orElseThrow(() -> NotFoundException.resource("Client", clientId.value()));
    }
}
