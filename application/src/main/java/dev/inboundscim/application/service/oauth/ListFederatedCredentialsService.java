package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.ListFederatedCredentialsUseCase;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.FederatedCredential;
import java.util.List;

/** Lists a connection's federated credentials. */
public final class ListFederatedCredentialsService implements ListFederatedCredentialsUseCase {

    private final ConnectionLookup lookup;
    private final FederatedCredentialRepository credentials;

    public ListFederatedCredentialsService(ConnectionLookup lookup, FederatedCredentialRepository credentials) {
        this.lookup = lookup;
        this.credentials = credentials;
    }

    @Override
    public List<FederatedCredential> list(ConnectionId connectionId) {
        return credentials.findByConnection(lookup.require(connectionId).id());
    }
}
