package dev.inboundscim.adapter.out.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.inboundscim.application.port.out.SecurityEventSigner;
import dev.inboundscim.domain.event.SecurityEventClaims;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.signing.SigningKey;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs Security Event Tokens with nimbus-jose-jwt: RS256 with the key's {@code kid}, {@code typ: secevent+jwt}
 * (RFC 8417 §2.3); {@code JwksRoutes} publishes the keys' public halves.
 */
public final class NimbusSecurityEventSigner implements SecurityEventSigner {

    @Override
    public String sign(SigningKey key, ScimObject claims) {
        JWTClaimsSet body;
        try {
            body = JWTClaimsSet.parse(map(claims));
        } catch (ParseException e) {
            throw new IllegalStateException("the claims of a security event token are malformed", e);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid())
                .type(new JOSEObjectType(SecurityEventClaims.TOKEN_TYPE)).build(), body);
        try {
            jwt.sign(new RSASSASigner(key.rsaPrivateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a security event token with key " + key.kid() + " failed", e);
        }
        return jwt.serialize();
    }

    private static Map<String, Object> map(ScimObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEach((name, value) -> map.put(name, plain(value)));
        return map;
    }

    private static Object plain(ScimValue value) {
        return switch (value) {
            case ScimString s -> s.value();
            // iat and toe are NumericDates: whole seconds, which nimbus reads as a long.
            case ScimNumber n -> n.value().scale() <= 0 || n.value().stripTrailingZeros().scale() <= 0
                    ? (Object) n.value().longValueExact() : n.value().doubleValue();
            case ScimBoolean b -> b.value();
            case ScimNull n -> null;
            case ScimArray a -> a.values().stream().map(NimbusSecurityEventSigner::plain).toList();
            case ScimObject o -> map(o);
        };
    }
}
