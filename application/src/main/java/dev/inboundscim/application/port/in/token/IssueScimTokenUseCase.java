package dev.inboundscim.application.port.in.token;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.ScimToken;
import java.util.List;

/** Issues a SCIM token for a connection with SCIM on; the third concurrent token is a 409. */
public interface IssueScimTokenUseCase {

    ScimToken.Issued issue(IssueScimTokenCommand command);

    /**
     * {@code tokenLifetime} in seconds, null for no expiry. {@code scopes} are the names the client sent: they are
     * read only once the connection is known to have SCIM on (404 before 400).
     */
    record IssueScimTokenCommand(ConnectionId connectionId, List<String> scopes, Long tokenLifetime) {
    }
}
