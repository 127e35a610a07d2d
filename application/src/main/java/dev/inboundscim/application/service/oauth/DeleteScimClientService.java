package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.DeleteScimClientUseCase;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ScimClientId;

/** Deletes a client with its secrets and access tokens (the store does all three). */
public final class DeleteScimClientService implements DeleteScimClientUseCase {

    private final ConnectionLookup lookup;
    private final ScimClientRepository clients;

    public DeleteScimClientService(ConnectionLookup lookup, ScimClientRepository clients) {
        this.lookup = lookup;
        this.clients = clients;
    }

    @Override
    public void delete(ConnectionId connectionId, ScimClientId clientId) {
        if (!clients.delete(lookup.require(connectionId).id(), clientId)) {
            throw NotFoundException.resource("Client", clientId.value());
        }
    }
}
