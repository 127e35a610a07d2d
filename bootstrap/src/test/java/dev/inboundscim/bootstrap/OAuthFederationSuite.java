package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.OAuthClientCredentialsSuite.form;
import static dev.inboundscim.bootstrap.OAuthClientCredentialsSuite.tokenRequest;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static dev.inboundscim.bootstrap.SimulatedEntra.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entra Workload Identity Federation as the token endpoint sees it (SPEC §9, RFC 7523): a simulated Entra
 * ({@link SimulatedEntra}) signs assertions shaped like Entra's with keys it publishes on a JWKS endpoint on loopback;
 * every check of the assertion is tried by breaking it, and the JWKS endpoint hangs or answers garbage to show it can
 * neither stall nor be hammered.
 */
abstract class OAuthFederationSuite extends RunningServerTest {

    private static SimulatedEntra entra;
    private static RSAKey outsider;

    @BeforeAll
    static void startEntra() throws Exception {
        entra = SimulatedEntra.start();
        outsider = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    }

    @AfterAll
    static void stopEntra() {
        entra.close();
    }

    /** A credential for a fresh service principal of the simulated tenant. */
    private Credential credential(ScimEndpoint scim) {
        String subject = UUID.randomUUID().toString();
        String audience = "api://inbound-scim/" + scim.connectionId();
        Reply created = http.post("/api/v2/connections/" + scim.connectionId()
                + "/scim-configuration/federated-credentials", ADMIN, "{\"issuer\":\"" + entra.issuer()
                + "\",\"subject\":\"" + subject + "\",\"audience\":\"" + audience + "\",\"jwks_uri\":\""
                + entra.jwksUri() + "\",\"scopes\":[\"get:users\",\"post:users\"]}");
        assertEquals(201, created.status(), created.body());
        return new Credential(created.json().path("credential_id").asText(), subject, audience);
    }

    record Credential(String id, String subject, String audience) {
    }

    /** Claims as Entra's tokens carry them, valid for ten minutes; {@code change} breaks one. */
    private static JWTClaimsSet claims(Credential credential, Consumer<JWTClaimsSet.Builder> change) {
        return entra.claims(credential.subject(), credential.audience(), change);
    }

    private static String rs256(JWTClaimsSet claims) throws Exception {
        return entra.rs256(claims);
    }

    private Reply exchange(ScimEndpoint scim, String assertion) {
        return SimulatedEntra.exchange(http, scim, assertion);
    }

    private void assertRefused(ScimEndpoint scim, String assertion, String why) {
        Reply reply = exchange(scim, assertion);
        assertEquals(401, reply.status(), why + ": " + reply.body());
        assertEquals("invalid_client", reply.json().path("error").asText(), why);
    }

    @Test
    void anEntraShapedAssertionGetsAnAccessTokenThatProvisions() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Credential credential = credential(scim);

        Reply issued = exchange(scim, rs256(claims(credential, c -> { })));
        assertEquals(200, issued.status(), issued.body());
        assertEquals("no-store", issued.header("Cache-Control"));
        assertEquals("get:users post:users", issued.json().path("scope").asText());
        String token = issued.json().path("access_token").asText();
        Reply user = http.post(scim.path() + "/Users", token, oktaUser("wif@x.com", "wif1", "W", true));
        assertEquals(201, user.status(), user.body());
        assertEquals(200, http.get(scim.path() + "/Users", token).status());

        Reply byEc = exchange(scim, signed(JWSAlgorithm.ES256, entra.ec().getKeyID(), new ECDSASigner(entra.ec()),
                claims(credential, c -> { })));
        assertEquals(200, byEc.status(), "ES256 too: " + byEc.body());

        JsonNode listed = http.get("/api/v2/connections/" + scim.connectionId()
                + "/scim-configuration/federated-credentials/" + credential.id(), ADMIN).json();
        assertTrue(listed.has("last_used_at"), listed.toString());
        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId()
                + "/scim-configuration/federated-credentials/" + credential.id(), ADMIN).status());
        assertEquals(401, http.get(scim.path() + "/Users", token).status(), "the credential's tokens end with it");
    }

    @Test
    void everyCheckOfTheAssertionHolds() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Credential credential = credential(scim);
        Instant now = Instant.now();

        String good = rs256(claims(credential, c -> { }));
        String[] parts = good.split("\\.");
        String otherPayload = rs256(claims(credential, c -> c.claim("roles", "admin"))).split("\\.")[1];
        assertRefused(scim, parts[0] + "." + otherPayload + "." + parts[2], "a tampered payload");
        assertRefused(scim, new PlainJWT(claims(credential, c -> { })).serialize(), "alg none");
        byte[] publicKeyAsSecret = entra.rsa().toRSAPublicKey().getEncoded();
        assertRefused(scim, signed(JWSAlgorithm.HS256, entra.rsa().getKeyID(), new MACSigner(publicKeyAsSecret),
                claims(credential, c -> { })), "HS256 with the public key as secret");
        assertRefused(scim, signed(JWSAlgorithm.RS256, outsider.getKeyID(), new RSASSASigner(outsider),
                claims(credential, c -> { })), "a key the JWKS does not hold, under a known kid");
        assertRefused(scim, rs256(claims(credential, c -> c.subject(UUID.randomUUID().toString()))), "another sub");
        assertRefused(scim, rs256(claims(credential, c -> c.audience("api://someone-else"))), "another aud");
        assertRefused(scim, rs256(claims(credential, c -> c.issuer("https://login.microsoftonline.com/x/v2.0"))),
                "another iss");
        assertRefused(scim, rs256(claims(credential, c -> c.expirationTime(Date.from(now.minusSeconds(120))))),
                "expired");
        assertRefused(scim, rs256(claims(credential, c -> c.expirationTime(Date.from(now.plus(Duration.ofHours(2)))))),
                "exp more than an hour away");
        assertRefused(scim, rs256(claims(credential, c -> c.notBeforeTime(Date.from(now.plusSeconds(300))))),
                "not yet valid");
        assertRefused(scim, rs256(claims(credential, c -> c.issueTime(Date.from(now.plusSeconds(300))))),
                "issued in the future");
        assertRefused(scim, rs256(claims(credential, c -> c.jwtID(null))), "no jti");
        assertRefused(scim, rs256(claims(credential, c -> c.claim("padding", "x".repeat(20_000)))), "over-long");

        String once = rs256(claims(credential, c -> { }));
        assertEquals(200, exchange(scim, once).status());
        assertRefused(scim, once, "a replayed jti");
        Reply withinSkew = exchange(scim, rs256(claims(credential, c -> c.notBeforeTime(
                Date.from(Instant.now().plusSeconds(30))))));
        assertEquals(200, withinSkew.status(), "30 s of clock skew is honoured: " + withinSkew.body());

        Reply other = tokenRequest(http, ScimEndpoint.create(http, "waad", "get:users"), form("grant_type",
                "client_credentials", "client_assertion_type", SimulatedEntra.JWT_BEARER, "client_assertion",
                rs256(claims(credential, c -> { }))));
        assertEquals(401, other.status(), "another connection has no such credential: " + other.body());
        Reply wrongType = tokenRequest(http, scim, form("grant_type", "client_credentials", "client_assertion_type",
                "urn:x", "client_assertion", rs256(claims(credential, c -> { }))));
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("invalid_request", wrongType.json().path("error").asText());
    }

    @Test
    void aRotatedKeyIsFetchedOnItsUnknownKeyId() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Credential credential = credential(scim);
        assertEquals(200, exchange(scim, rs256(claims(credential, c -> { }))).status());

        RSAKey rotated = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
        String previous = entra.publish(new JWKSet(List.of(entra.rsa().toPublicJWK(), entra.ec().toPublicJWK(),
                rotated.toPublicJWK())).toString());
        try {
            Reply byRotated = exchange(scim, signed(JWSAlgorithm.RS256, rotated.getKeyID(), new RSASSASigner(rotated),
                    claims(credential, c -> { })));
            assertEquals(200, byRotated.status(), "the new kid made the server fetch the keys again: "
                    + byRotated.body());
        } finally {
            entra.publish(previous);
        }
    }

    @Test
    void aJwksThatHangsOrAnswersGarbageRefusesInTimeAndIsNotHammered() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Credential hanging = credential(scim);
        String previous = entra.publish("hang");
        try {
            int before = entra.jwksRequests();
            long start = System.nanoTime();
            assertRefused(scim, rs256(claims(hanging, c -> { })), "the JWKS endpoint hangs");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 6_000, "refused after the fetch's timeout, not the endpoint's: " + millis + " ms");
            for (int i = 0; i < 5; i++) {
                long again = System.nanoTime();
                assertRefused(scim, rs256(claims(hanging, c -> { })), "still no keys");
                assertTrue((System.nanoTime() - again) / 1_000_000 < 1_000, "no new fetch within the minute");
            }
            assertEquals(before + 1, entra.jwksRequests(), "one fetch a minute at most after a failure");

            entra.publish("{\"keys\": [ {\"kty\": \"nonsense\"");
            Credential garbage = credential(scim);
            assertRefused(scim, rs256(claims(garbage, c -> { })), "the JWKS is garbage");
        } finally {
            entra.publish(previous);
        }
    }

    @Test
    void badCredentialsAreRefusedAndACredentialNeedsTheScimEndpoint() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        String path = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/federated-credentials";
        String valid = "\"issuer\":\"" + entra.issuer()
                + "\",\"subject\":\"s\",\"audience\":\"a\",\"scopes\":[\"get:users\"]";
        for (String body : List.of("{" + valid + ",\"jwks_uri\":\"http://example.com/keys\"}",
                "{" + valid + ",\"jwks_uri\":\"not a url\"}", "{" + valid + "}",
                "{\"issuer\":\"i\",\"subject\":\"s\",\"jwks_uri\":\"https://example.com/k\","
                        + "\"scopes\":[\"get:users\"]}",
                "{" + valid.replace("get:users", "get:user") + ",\"jwks_uri\":\"https://example.com/k\"}",
                "{" + valid + ",\"jwks_uri\":\"https://example.com/k\",\"secret\":\"x\"}")) {
            Reply refused = http.post(path, ADMIN, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
        assertEquals(0, http.get(path, ADMIN).json().size(), "nothing was stored");
        assertEquals(404, http.get(path + "/fcr_AAAAAAAAAAAAAAAA", ADMIN).status());
        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId() + "/scim-configuration", ADMIN)
                .status());
        assertEquals(404, http.post(path, ADMIN, "{" + valid + ",\"jwks_uri\":\"https://example.com/k\"}").status(),
                "no SCIM configuration, no credential");
    }
}
