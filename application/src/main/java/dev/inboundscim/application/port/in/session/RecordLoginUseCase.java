package dev.inboundscim.application.port.in.session;

import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.scim.value.ScimObject;

/**
 * Records a login the login layer reports (SPEC §5): finds or creates (just in time) the user, syncs root attributes
 * when the connection asks for it, records the session and refresh token; a blocked user is refused.
 */
public interface RecordLoginUseCase {

    UserProfileView login(LoginCommand command);

    /**
     * {@code claims.sub} is the value of the connection's user id attribute; {@code clientId} and
     * {@code refreshTokenId} may be null.
     */
    record LoginCommand(ConnectionId connectionId, ScimObject claims, String sessionId, ClientId clientId,
                        String refreshTokenId) {
    }
}
