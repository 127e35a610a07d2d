package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.CreateScimClientUseCase;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.token.Scope;
import java.time.Clock;

/** Creates a client for a connection whose SCIM endpoint is on: its tokens are only good there. */
public final class CreateScimClientService implements CreateScimClientUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final ScimClientRepository clients;
    private final Clock clock;

    public CreateScimClientService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                   ScimClientRepository clients, Clock clock) {
        this.lookup = lookup;
        this.configurations = configurations;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public ScimClient.Created create(CreateScimClientCommand command) {
        Connection connection = lookup.requireScimEndpoint(command.connectionId(), configurations);
        if (command.scopes() == null) {
            throw BadRequestException.invalidValue("scopes is required");
        }
        ScimClient.Created created = ScimClient.create(connection.id(),
                command.scopes().stream().map(Scope::parse).toList(), command.description(),
                command.secretLifetime(), clock.instant());
        clients.insert(created.client());
        return created;
    }
}
