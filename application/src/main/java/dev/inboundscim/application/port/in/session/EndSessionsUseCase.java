package dev.inboundscim.application.port.in.session;

import dev.inboundscim.domain.user.UserId;

/** Ends every session of the user; its clients are told by back-channel logout. */
public interface EndSessionsUseCase {

    void end(UserId userId);
}
