package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ScimClient;
import java.util.List;

/** Creates an OAuth client of a connection with a SCIM configuration, with its first secret (shown once). */
public interface CreateScimClientUseCase {

    ScimClient.Created create(CreateScimClientCommand command);

    /** {@code scopes} required; {@code secretLifetime} in seconds, null for two years. */
    record CreateScimClientCommand(ConnectionId connectionId, List<String> scopes, String description,
                                   Long secretLifetime) {
    }
}
