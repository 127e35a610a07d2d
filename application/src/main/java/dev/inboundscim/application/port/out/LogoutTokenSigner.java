package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.signing.SigningKey;
import java.time.Instant;

/** Signs OpenID Connect Back-Channel Logout tokens (RS256 JWTs) with a maintained JOSE library. */
public interface LogoutTokenSigner {

    /**
     * A signed {@code logout_token}: {@code iss}, {@code aud}, {@code iat}, {@code exp}, {@code jti}, {@code sub},
     * {@code sid} (when not null) and the back-channel logout {@code events} claim; never a {@code nonce}.
     */
    String sign(SigningKey key, LogoutClaims claims);

    record LogoutClaims(String issuer, String audience, String subject, String sessionId, String jwtId,
                        Instant issuedAt, Instant expiresAt) {
    }
}
