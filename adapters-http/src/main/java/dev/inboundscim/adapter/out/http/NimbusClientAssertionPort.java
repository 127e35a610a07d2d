package dev.inboundscim.adapter.out.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.inboundscim.application.port.out.ClientAssertionPort;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.OAuthException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ClientAssertionPort} with nimbus-jose-jwt: every JOSE step (parsing, the algorithm allow-list, key
 * selection, signature, claims) is nimbus's; the keys come from {@link JwksCache}.
 */
public final class NimbusClientAssertionPort implements ClientAssertionPort {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final int SKEW_SECONDS = 60;
    private static final Duration LONGEST_LIFE = Duration.ofHours(1);

    private final JwksCache keys;

    public NimbusClientAssertionPort(JwksCache keys) {
        this.keys = keys;
    }

    @Override
    public Optional<ClaimedIdentity> claimed(String assertion) {
        if (assertion == null || assertion.length() > MAX_ASSERTION_CHARS) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = SignedJWT.parse(assertion).getJWTClaimsSet();
            return claims.getIssuer() == null || claims.getSubject() == null ? Optional.empty()
                    : Optional.of(new ClaimedIdentity(claims.getIssuer(), claims.getSubject()));
        } catch (ParseException e) {
            // Unsigned ("alg":"none"), encrypted or malformed: no identity to look up.
            return Optional.empty();
        }
    }

    @Override
    public VerifiedAssertion verify(String assertion, FederatedCredential credential, Instant now) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(assertion);
        } catch (ParseException e) {
            throw OAuthException.invalidClient();
        }
        if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            throw OAuthException.invalidClient();
        }
        JWKSet jwks = keys.keys(credential, jwt.getHeader().getKeyID(), now);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(jwks)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(credential.audience(),
                new JWTClaimsSet.Builder().issuer(credential.issuer()).subject(credential.subject()).build(),
                new HashSet<>(List.of("exp", "jti")));
        claims.setMaxClockSkew(SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
        JWTClaimsSet verified;
        try {
            verified = processor.process(jwt, null);
        } catch (BadJOSEException | JOSEException e) {
            throw OAuthException.invalidClient();
        }
        Instant expires = verified.getExpirationTime().toInstant();
        if (expires.isAfter(now.plus(LONGEST_LIFE).plusSeconds(SKEW_SECONDS))) {
            throw OAuthException.invalidClient();
        }
        Date issuedAt = verified.getIssueTime();
        if (issuedAt != null && issuedAt.toInstant().isAfter(now.plusSeconds(SKEW_SECONDS))) {
            throw OAuthException.invalidClient();
        }
        return new VerifiedAssertion(verified.getJWTID(), expires);
    }
}
