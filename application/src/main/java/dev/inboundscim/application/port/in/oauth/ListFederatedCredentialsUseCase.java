package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.FederatedCredential;
import java.util.List;

/** A connection's federated credentials, oldest first. */
public interface ListFederatedCredentialsUseCase {

    List<FederatedCredential> list(ConnectionId connectionId);
}
