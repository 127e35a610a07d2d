package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.in.session.RevokeRefreshTokensUseCase;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.user.UserId;

/** Revokes a user's refresh tokens. */
public final class RevokeRefreshTokensService implements RevokeRefreshTokensUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;

    public RevokeRefreshTokensService(UserRepository users, SessionRepository sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public void revoke(UserId userId) {
        sessions.revokeRefreshTokens(Users.require(users, userId).id());
    }
}
