package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.in.setup.OpenSetupTicketUseCase;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.token.ScimToken;
import java.util.Optional;

/** The ticket, its connection, and the token it issued last while that token exists. */
public final class OpenSetupTicketService implements OpenSetupTicketUseCase {

    private final SetupTicketLookup tickets;
    private final ConnectionLookup connections;
    private final ScimTokenRepository tokens;

    public OpenSetupTicketService(SetupTicketLookup tickets, ConnectionLookup connections,
                                  ScimTokenRepository tokens) {
        this.tickets = tickets;
        this.connections = connections;
        this.tokens = tokens;
    }

    @Override
    public SetupTicketView open(String presentedSecret) {
        SetupTicket ticket = tickets.open(presentedSecret);
        Optional<ScimToken> token = ticket.tokenId() == null ? Optional.empty()
                : tokens.findById(ticket.tokenId()).filter(t -> t.connectionId().equals(ticket.connectionId()));
        return new SetupTicketView(ticket, connections.require(ticket.connectionId()), token);
    }
}
