package dev.inboundscim.application.port.in.setup;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.token.ScimToken;
import java.util.Optional;

/**
 * What a setup ticket's holder may see (SPEC §8): the connection it is for and the token it issued last, if that
 * token still exists. An unknown, expired or revoked ticket, or a wrong secret, is not found.
 */
public interface OpenSetupTicketUseCase {

    SetupTicketView open(String presentedSecret);

    record SetupTicketView(SetupTicket ticket, Connection connection, Optional<ScimToken> token) {
    }
}
