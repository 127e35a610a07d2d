package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.FederatedCredentialId;

/** One federated credential of a connection; 404 when the connection has no such credential. */
public interface GetFederatedCredentialUseCase {

    FederatedCredential get(ConnectionId connectionId, FederatedCredentialId credentialId);
}
