package dev.inboundscim.domain.session;

import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A refresh token the login layer issued: only its id is known here, never the token itself. */
public record RefreshToken(String id, UserId userId, String clientId, String sessionId, Instant createdAt) {

    public RefreshToken {
        id = Session.requireId(id, "refresh_token_id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
