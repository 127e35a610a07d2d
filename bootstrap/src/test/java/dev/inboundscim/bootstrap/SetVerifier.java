package dev.inboundscim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * Verifies a Security Event Token the way a receiver that shares no code with the server would: the JDK's own RSA
 * signature over the JWS signing input (RFC 7515 §5.2), with the key whose {@code kid} the header names taken from
 * the server's published {@code /.well-known/jwks.json} (no JOSE library involved).
 */
final class SetVerifier {

    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    private final JsonNode jwks;

    SetVerifier(JsonNode jwks) {
        this.jwks = jwks;
    }

    /** The verified token's header and claims; an {@link AssertionError} when anything does not hold. */
    Verified verify(String compact) {
        String[] parts = compact.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + compact);
        }
        JsonNode header = json(parts[0]);
        if (!"RS256".equals(header.path("alg").asText())) {
            throw new AssertionError("unexpected alg " + header);
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key(header.path("kid").asText()));
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(B64.decode(parts[2]))) {
                throw new AssertionError("the signature does not verify with the published key");
            }
        } catch (GeneralSecurityException e) {
            throw new AssertionError("cannot verify", e);
        }
        return new Verified(header, json(parts[1]));
    }

    record Verified(JsonNode header, JsonNode claims) {
    }

    private PublicKey key(String kid) throws GeneralSecurityException {
        for (JsonNode key : jwks.path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                BigInteger modulus = new BigInteger(1, B64.decode(key.path("n").asText()));
                BigInteger exponent = new BigInteger(1, B64.decode(key.path("e").asText()));
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
            }
        }
        throw new AssertionError("no published key " + kid);
    }

    private static JsonNode json(String part) {
        try {
            return HttpClientSupport.JSON.readTree(new String(B64.decode(part), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + part, e);
        }
    }
}
