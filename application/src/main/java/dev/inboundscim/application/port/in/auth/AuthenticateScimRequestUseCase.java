package dev.inboundscim.application.port.in.auth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenSecret;
import java.util.Objects;

/**
 * Checks a SCIM request's connection and bearer token (SPEC §3): unknown connection or SCIM off → 404; missing,
 * malformed, unknown, revoked, expired or foreign token → 401; missing scope → 403.
 */
public interface AuthenticateScimRequestUseCase {

    ScimContext authenticate(AuthenticateScimRequestCommand command);

    /**
     * {@code secret} null means the request carried none, or nothing shaped like one (401, but only once the
     * connection is known to exist); {@code requiredScope} null means any valid token will do (discovery endpoints).
     */
    record AuthenticateScimRequestCommand(ConnectionId connectionId, TokenSecret secret, Scope requiredScope) {
        public AuthenticateScimRequestCommand {
            Objects.requireNonNull(connectionId, "connectionId");
        }
    }
}
