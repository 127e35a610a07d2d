package dev.inboundscim.application.port.in.setup;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.setup.SetupTicket;
import java.util.List;

/** Creates a setup ticket for a connection with a SCIM configuration (SPEC §8). */
public interface CreateSetupTicketUseCase {

    SetupTicket.Issued create(CreateSetupTicketCommand command);

    /** Null {@code ttlSeconds}: five days; null {@code scopes}: every scope; null {@code tokenLifetime}: no expiry. */
    record CreateSetupTicketCommand(ConnectionId connectionId, Long ttlSeconds, List<String> scopes,
                                    Long tokenLifetime) {
    }
}
