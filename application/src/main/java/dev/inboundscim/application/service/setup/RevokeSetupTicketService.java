package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.in.setup.RevokeSetupTicketUseCase;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicketId;

/** Deletes a ticket of the connection; another connection's ticket is not found. */
public final class RevokeSetupTicketService implements RevokeSetupTicketUseCase {

    private final ConnectionLookup lookup;
    private final SetupTicketRepository tickets;

    public RevokeSetupTicketService(ConnectionLookup lookup, SetupTicketRepository tickets) {
        this.lookup = lookup;
        this.tickets = tickets;
    }

    @Override
    public void revoke(ConnectionId connectionId, SetupTicketId ticketId) {
        if (!tickets.delete(lookup.require(connectionId).id(), ticketId)) {
            throw NotFoundException.resource("Setup ticket", ticketId.value());
        }
    }
}
