package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.GetFederatedCredentialUseCase;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.FederatedCredentialId;

/** Reads one federated credential of the connection. */
public final class GetFederatedCredentialService implements GetFederatedCredentialUseCase {

    private final ConnectionLookup lookup;
    private final FederatedCredentialRepository credentials;

    public GetFederatedCredentialService(ConnectionLookup lookup, FederatedCredentialRepository credentials) {
        this.lookup = lookup;
        this.credentials = credentials;
    }

    @Override
    public FederatedCredential get(ConnectionId connectionId, FederatedCredentialId credentialId) {
        return credentials.findById(lookup.require(connectionId).id(), credentialId)
                .orElseThrow(() -> NotFoundException.resource("Federated credential", credentialId.value()));
    }
}
