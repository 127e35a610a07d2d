package dev.inboundscim.application.port.in.auth;

import dev.inboundscim.domain.token.Scope;

/**
 * Checks a SCIM request's connection and bearer token (SPEC §3): unknown connection or SCIM off → 404; missing,
 * malformed, unknown, revoked, expired or foreign token → 401; missing scope → 403.
 */
public interface AuthenticateScimRequestUseCase {

    ScimContext authenticate(AuthenticateScimRequestCommand command);

    /** {@code requiredScope} null means any valid token will do (discovery endpoints). */
    record AuthenticateScimRequestCommand(String connectionId, String bearerToken, Scope requiredScope) {
    }
}
