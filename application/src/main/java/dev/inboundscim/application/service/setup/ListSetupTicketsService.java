package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.in.setup.ListSetupTicketsUseCase;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.setup.SetupTicket;
import java.util.List;

/** Lists a connection's tickets. */
public final class ListSetupTicketsService implements ListSetupTicketsUseCase {

    private final ConnectionLookup lookup;
    private final SetupTicketRepository tickets;

    public ListSetupTicketsService(ConnectionLookup lookup, SetupTicketRepository tickets) {
        this.lookup = lookup;
        this.tickets = tickets;
    }

    @Override
    public List<SetupTicket> list(ConnectionId connectionId) {
        return tickets.findByConnection(lookup.require(connectionId).id());
    }
}
