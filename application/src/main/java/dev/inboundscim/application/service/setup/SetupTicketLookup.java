package dev.inboundscim.application.service.setup;

import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.setup.SetupTicketSecret;
import java.time.Clock;

/**
 * Finds the ticket a presented secret opens. Unknown, wrong, expired and revoked all answer the same 404, so the
 * answer tells a guesser nothing.
 */
public final class SetupTicketLookup {

    private final SetupTicketRepository tickets;
    private final Clock clock;

    public SetupTicketLookup(SetupTicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    public SetupTicket open(String presentedSecret) {
        return SetupTicketSecret.parse(presentedSecret)
                .flatMap(secret -> tickets.findById(secret.ticketId()).filter(t -> secret.matches(t.secretDigest())))
                .filter(ticket -> !ticket.isExpiredAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException("No such setup ticket, or it has expired or been revoked"));
    }
}
