package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.oauth.FederatedCredential;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks RFC 7523 client assertions (signed JWTs) against a federated credential (SPEC §9): the signature by a key of
 * the credential's JWKS (RS256 or ES256 only), {@code iss}, {@code sub} and {@code aud} equal to the credential's,
 * {@code exp} in the future and at most an hour away, {@code nbf}/{@code iat} honoured with a minute of skew, and a
 * {@code jti}. The JWKS is fetched with a timeout, cached, refreshed on an unknown key id, and never fetched more than
 * once a minute per credential after a failure.
 */
public interface ClientAssertionPort {

    /** The longest assertion looked at; a longer one is refused before it is parsed. */
    int MAX_ASSERTION_CHARS = 16 * 1024;

    /** The issuer and subject an assertion claims, read without verifying it, to find its credential. */
    Optional<ClaimedIdentity> claimed(String assertion);

    /** The verified assertion; any failure is {@link dev.inboundscim.domain.oauth.OAuthException#invalidClient}. */
    VerifiedAssertion verify(String assertion, FederatedCredential credential, Instant now);

    record ClaimedIdentity(String issuer, String subject) {
    }

    /** What the replay check needs: the assertion's id and until when it could be presented. */
    record VerifiedAssertion(String jti, Instant expiresAt) {
    }
}
