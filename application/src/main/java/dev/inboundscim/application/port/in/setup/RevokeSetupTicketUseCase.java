package dev.inboundscim.application.port.in.setup;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.setup.SetupTicketId;

/** Revokes a setup ticket: its link answers 404 from then on; a token it issued keeps working. */
public interface RevokeSetupTicketUseCase {

    void revoke(ConnectionId connectionId, SetupTicketId ticketId);
}
