package dev.inboundscim.application.service.auth;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.TokenSecret;
import java.time.Instant;
import java.util.Optional;

/**
 * What a SCIM bearer secret opens: its token with the connection and SCIM configuration. Refuses in the order SPEC §3
 * prescribes: 404 when the connection does not exist or has no SCIM configuration, then 401 when the secret names no
 * token of that connection that is valid at {@code now}. Scopes are the caller's to check.
 */
public interface ScimGrants {

    Grant grant(ConnectionId connectionId, Optional<TokenSecret> secret, Instant now);

    /** A token and what it opens; {@code stamp} as the store read it with the token, null when it gives none. */
    record Grant(ScimToken token, Connection connection, ScimConfiguration configuration, String stamp) {
    }
}
