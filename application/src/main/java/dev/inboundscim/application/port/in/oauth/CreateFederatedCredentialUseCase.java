package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.FederatedCredential;
import java.util.List;

/** Creates a federated credential of a connection with a SCIM configuration (SPEC §9). */
public interface CreateFederatedCredentialUseCase {

    FederatedCredential create(CreateFederatedCredentialCommand command);

    record CreateFederatedCredentialCommand(ConnectionId connectionId, String issuer, String subject, String audience,
                                            String jwksUri, List<String> scopes) {
    }
}
