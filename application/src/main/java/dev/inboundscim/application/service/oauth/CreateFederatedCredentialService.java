package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.CreateFederatedCredentialUseCase;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.token.Scope;
import java.time.Clock;

/** Creates a credential for a connection whose SCIM endpoint is on. */
public final class CreateFederatedCredentialService implements CreateFederatedCredentialUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final FederatedCredentialRepository credentials;
    private final Clock clock;

    public CreateFederatedCredentialService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                            FederatedCredentialRepository credentials, Clock clock) {
        this.lookup = lookup;
        this.configurations = configurations;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public FederatedCredential create(CreateFederatedCredentialCommand command) {
        Connection connection = lookup.requireScimEndpoint(command.connectionId(), configurations);
        if (command.scopes() == null) {
            throw BadRequestException.invalidValue("scopes is required");
        }
        FederatedCredential credential = FederatedCredential.create(connection.id(), command.issuer(),
                command.subject(), command.audience(), command.jwksUri(),
                command.scopes().stream().map(Scope::parse).toList(), clock.instant());
        credentials.insert(credential);
        return credential;
    }
}
