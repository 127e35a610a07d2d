package dev.inboundscim.application.port.in.session;

import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import java.util.List;

/** Logins, sessions and refresh tokens (SPEC §4–§5), one interface each. */
public final class SessionUseCases {

    private SessionUseCases() {
    }

    /**
     * A login the login layer reports: {@code claims.sub} is the value of the connection's user id attribute.
     * {@code clientId} and {@code refreshTokenId} may be null.
     */
    public record LoginCommand(String connectionId, ScimObject claims, String sessionId, String clientId,
                               String refreshTokenId) {
    }

    /**
     * Finds or creates (just in time) the user, syncs root attributes when the connection asks for it, records the
     * session and refresh token; a blocked user is refused with 403.
     */
    public interface RecordLoginUseCase {
        UserProfileView login(LoginCommand command);
    }

    public interface ListSessionsUseCase {
        List<Session> list(String userId);
    }

    /** Ends every session of the user; its clients are told by back-channel logout. */
    public interface EndSessionsUseCase {
        void end(String userId);
    }

    public interface ListRefreshTokensUseCase {
        List<RefreshToken> listTokens(String userId);
    }

    public interface RevokeRefreshTokensUseCase {
        void revoke(String userId);
    }
}
