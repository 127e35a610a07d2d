package dev.inboundscim.application.port.in.session;

import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** The user's refresh tokens. */
public interface ListRefreshTokensUseCase {

    List<RefreshToken> list(UserId userId);
}
