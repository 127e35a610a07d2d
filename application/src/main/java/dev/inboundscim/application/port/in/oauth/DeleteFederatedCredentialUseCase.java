package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.FederatedCredentialId;

/** Deletes a federated credential: its access tokens stop working at once, in every server process. */
public interface DeleteFederatedCredentialUseCase {

    void delete(ConnectionId connectionId, FederatedCredentialId credentialId);
}
