package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.in.session.ListRefreshTokensUseCase;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** Lists a user's refresh tokens. */
public final class ListRefreshTokensService implements ListRefreshTokensUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;

    public ListRefreshTokensService(UserRepository users, SessionRepository sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public List<RefreshToken> list(UserId userId) {
        return sessions.refreshTokens(Users.require(users, userId).id());
    }
}
