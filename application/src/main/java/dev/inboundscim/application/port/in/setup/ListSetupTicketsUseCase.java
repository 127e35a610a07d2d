package dev.inboundscim.application.port.in.setup;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.setup.SetupTicket;
import java.util.List;

/** A connection's setup tickets, oldest first. */
public interface ListSetupTicketsUseCase {

    List<SetupTicket> list(ConnectionId connectionId);
}
