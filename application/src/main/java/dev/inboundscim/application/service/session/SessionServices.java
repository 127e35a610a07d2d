package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.in.session.SessionUseCases.EndSessionsUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.ListRefreshTokensUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.ListSessionsUseCase;
import dev.inboundscim.application.port.in.session.SessionUseCases.RevokeRefreshTokensUseCase;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.user.UserIds;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.User;
import java.time.Clock;
import java.util.List;

/** A user's sessions and refresh tokens in the Management API. */
public final class SessionServices implements ListSessionsUseCase, EndSessionsUseCase, ListRefreshTokensUseCase,
        RevokeRefreshTokensUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final Clock clock;

    public SessionServices(UserRepository users, SessionRepository sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Session> list(String userId) {
        return sessions.sessions(require(userId).id());
    }

    @Override
    public void end(String userId) {
        sessions.endSessions(require(userId).id(), clock.instant());
    }

    @Override
    public List<RefreshToken> listTokens(String userId) {
        return sessions.refreshTokens(require(userId).id());
    }

    @Override
    public void revoke(String userId) {
        sessions.revokeRefreshTokens(require(userId).id());
    }

    private User require(String userId) {
        return users.findById(UserIds.parse(userId)).orElseThrow(() -> new NotFoundException("User not found"));
    }
}
