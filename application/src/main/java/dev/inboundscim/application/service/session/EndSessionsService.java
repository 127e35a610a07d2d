package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.in.session.EndSessionsUseCase;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.user.UserId;
import java.time.Clock;

/** Ends a user's sessions; back-channel logout tells their clients. */
public final class EndSessionsService implements EndSessionsUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final Clock clock;

    public EndSessionsService(UserRepository users, SessionRepository sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void end(UserId userId) {
        sessions.endSessions(Users.require(users, userId).id(), clock.instant());
    }
}
