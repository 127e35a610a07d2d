package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.in.setup.CreateSetupTicketUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.token.Scope;
import java.time.Clock;
import java.util.List;

/** Creates a ticket for a connection whose SCIM endpoint is on: a ticket exists to set up that endpoint. */
public final class CreateSetupTicketService implements CreateSetupTicketUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final SetupTicketRepository tickets;
    private final Clock clock;

    public CreateSetupTicketService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                    SetupTicketRepository tickets, Clock clock) {
        this.lookup = lookup;
        this.configurations = configurations;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public SetupTicket.Issued create(CreateSetupTicketCommand command) {
        Connection connection = lookup.requireScimEndpoint(command.connectionId(), configurations);
        List<Scope> scopes = command.scopes() == null ? List.of(Scope.values())
                : command.scopes().stream().map(Scope::parse).toList();
        SetupTicket.Issued issued = SetupTicket.issue(connection.id(), scopes, command.ttlSeconds(),
                command.tokenLifetime(), clock.instant());
        tickets.insert(issued.ticket());
        return issued;
    }
}
