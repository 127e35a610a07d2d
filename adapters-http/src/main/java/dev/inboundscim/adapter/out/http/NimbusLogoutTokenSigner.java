package dev.inboundscim.adapter.out.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.inboundscim.application.port.out.LogoutTokenSigner;
import dev.inboundscim.domain.signing.SigningKey;
import java.util.Date;
import java.util.Map;

/**
 * Signs logout tokens with nimbus-jose-jwt (RS256, {@code typ: logout+jwt} as OpenID Connect Back-Channel Logout
 * 1.0 §2.4 recommends, {@code kid} naming the key); {@code JwksRoutes} publishes the keys' public halves.
 */
public final class NimbusLogoutTokenSigner implements LogoutTokenSigner {

    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @Override
    public String sign(SigningKey key, LogoutClaims claims) {
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(claims.issuer())
                .audience(claims.audience())
                .subject(claims.subject())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.jwtId())
                .claim("events", Map.of(BACKCHANNEL_LOGOUT_EVENT, Map.of()));
        if (claims.sessionId() != null) {
            body.claim("sid", claims.sessionId());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid())
                .type(new JOSEObjectType("logout+jwt")).build(), body.build());
        try {
            jwt.sign(new RSASSASigner(key.rsaPrivateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a logout token with key " + key.kid() + " failed", e);
        }
        return jwt.serialize();
    }
}
