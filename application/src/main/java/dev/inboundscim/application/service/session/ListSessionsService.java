package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.in.session.ListSessionsUseCase;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** Lists a user's sessions. */
public final class ListSessionsService implements ListSessionsUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;

    public ListSessionsService(UserRepository users, SessionRepository sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public List<Session> list(UserId userId) {
        return sessions.sessions(Users.require(users, userId).id());
    }
}
