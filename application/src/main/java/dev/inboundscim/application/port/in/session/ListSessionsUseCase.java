package dev.inboundscim.application.port.in.session;

import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** The user's sessions. */
public interface ListSessionsUseCase {

    List<Session> list(UserId userId);
}
