package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.DeleteClientSecretUseCase;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.ScimClientId;

/** Deletes one secret and the access tokens issued with it (the store does both). */
public final class DeleteClientSecretService implements DeleteClientSecretUseCase {

    private final ConnectionLookup lookup;
    private final ScimClientRepository clients;

    public DeleteClientSecretService(ConnectionLookup lookup, ScimClientRepository clients) {
        this.lookup = lookup;
        this.clients = clients;
    }

    @Override
    public void delete(ConnectionId connectionId, ScimClientId clientId, ClientSecretId secretId) {
        if (!clients.deleteSecret(lookup.require(connectionId).id(), clientId, secretId)) {
            throw NotFoundException.resource("Secret", secretId.value());
        }
    }
}
