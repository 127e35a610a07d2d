package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.DeleteFederatedCredentialUseCase;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.FederatedCredentialId;

/** Deletes a federated credential with its access tokens (the store does both). */
public final class DeleteFederatedCredentialService implements DeleteFederatedCredentialUseCase {

    private final ConnectionLookup lookup;
    private final FederatedCredentialRepository credentials;

    public DeleteFederatedCredentialService(ConnectionLookup lookup, FederatedCredentialRepository credentials) {
        this.lookup = lookup;
        this.credentials = credentials;
    }

    @Override
    public void delete(ConnectionId connectionId, FederatedCredentialId credentialId) {
        if (!credentials.delete(lookup.require(connectionId).id(), credentialId)) {
            throw NotFoundException.resource("Federated credential", credentialId.value());
        }
    }
}
