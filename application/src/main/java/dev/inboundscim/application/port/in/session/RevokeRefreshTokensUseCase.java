package dev.inboundscim.application.port.in.session;

import dev.inboundscim.domain.user.UserId;

/** Revokes every refresh token of the user. */
public interface RevokeRefreshTokensUseCase {

    void revoke(UserId userId);
}
