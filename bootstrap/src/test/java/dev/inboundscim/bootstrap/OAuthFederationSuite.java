package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.OAuthClientCredentialsSuite.form;
import static dev.inboundscim.bootstrap.OAuthClientCredentialsSuite.tokenRequest;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entra Workload Identity Federation as the token endpoint sees it (SPEC §9, RFC 7523): a simulated Entra signs
 * assertions shaped like Entra's with keys it publishes on a JWKS endpoint on loopback; every check of the assertion
 * is tried by breaking it, and the JWKS endpoint hangs or answers garbage to show it can neither stall nor be hammered.
 */
abstract class OAuthFederationSuite extends RunningServerTest {

    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final String TENANT = UUID.randomUUID().toString();
    private static final String ISSUER = "https://login.microsoftonline.com/" + TENANT + "/v2.0";

    private static RSAKey rsa;
    private static ECKey ec;
    private static RSAKey outsider;
    private static HttpServer entra;
    /** What the JWKS endpoint answers: the keys, "hang" or "garbage". */
    private static final AtomicReference<String> jwks = new AtomicReference<>();
    private static final AtomicInteger jwksRequests = new AtomicInteger();

    @BeforeAll
    static void startEntra() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        outsider = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        jwks.set(new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString());
        entra = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        entra.createContext("/keys", exchange -> {
            jwksRequests.incrementAndGet();
            String answer = jwks.get();
            if (answer.equals("hang")) {
                sleep(Duration.ofSeconds(10));
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException closed) {
                // The server gave up waiting: nothing to answer.
            }
        });
        entra.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        entra.start();
    }

    @AfterAll
    static void stopEntra() {
        entra.stop(0);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String jwksUri(String path) {
        return "http://127.0.0.1:" + entra.getAddress().getPort() + path;
    }

    /** A credential for a fresh service principal of the simulated tenant. */
    private Credential credential(ScimEndpoint scim, String jwksPath) {
        String subject = UUID.randomUUID().toString();
        String audience = "api://inbound-scim/" + scim.connectionId();
        Reply created = http.post("/api/v2/connections/" + scim.connectionId()
                + "/scim-configuration/federated-credentials", ADMIN, "{\"issuer\":\"" + ISSUER + "\",\"subject\":\""
                + subject + "\",\"audience\":\"" + audience + "\",\"jwks_uri\":\"" + jwksUri(jwksPath)
                + "\",\"scopes\":[\"get:users\",\"post:users\"]}");
        assertEquals(201, created.status(), created.body());
        return new Credential(created.json().path("credential_id").asText(), subject, audience);
    }

    record Credential(String id, String subject, String audience) {
    }

    /** Claims as Entra's tokens carry them, valid for ten minutes; {@code change} breaks one. */
    private static JWTClaimsSet claims(Credential credential, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(credential.subject())
                .audience(credential.audience()).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10)))).jwtID(UUID.randomUUID().toString())
                .claim("tid", TENANT).claim("oid", credential.subject());
        change.accept(claims);
        return claims.build();
    }

    private static String signed(JWSAlgorithm algorithm, String keyId, JWSSigner signer, JWTClaimsSet claims)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String rs256(JWTClaimsSet claims) throws Exception {
        return signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa), claims);
    }

    private Reply exchange(ScimEndpoint scim, String assertion) {
        return tokenRequest(http, scim, form("grant_type", "client_credentials", "client_assertion_type", JWT_BEARER,
                "client_assertion", assertion));
    }

    private void assertRefused(ScimEndpoint scim, String assertion, String why) {
        Reply reply = exchange(scim, assertion);
        assertEquals(401, reply.status(), why + ": " + reply.body());
        assertEquals("invalid_client", reply.json().path("error").asText(), why);
    }

    @Test
    void anEntraShapedAssertionGetsAnAccessTokenThatProvisions() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Credential credential = credential(scim, "/keys");

        Reply issued = exchange(scim, rs256(claims(credential, c -> { })));
        assertEquals(200, issued.status(), issued.body());
        assertEquals("no-store", issued.header("Cache-Control"));
        assertEquals("get:users post:users", issued.json().path("scope").asText());
        String token = issued.json().path("access_token").asText();
        Reply user = http.post(scim.path() + "/Users", token, oktaUser("wif@x.com", "wif1", "W", true));
        assertEquals(201, user.status(), user.body());
        assertEquals(200, http.get(scim.path() + "/Users", token).status());

        Reply byEc = exchange(scim, signed(JWSAlgorithm.ES256, ec.getKeyID(), new ECDSASigner(ec),
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
        Credential credential = credential(scim, "/keys");
        Instant now = Instant.now();

        String good = rs256(claims(credential, c -> { }));
        String[] parts = good.split("\\.");
        String otherPayload = rs256(claims(credential, c -> c.claim("roles", "admin"))).split("\\.")[1];
        assertRefused(scim, parts[0] + "." + otherPayload + "." + parts[2], "a tampered payload");
        assertRefused(scim, new PlainJWT(claims(credential, c -> { })).serialize(), "alg none");
        byte[] publicKeyAsSecret = rsa.toRSAPublicKey().getEncoded();
        assertRefused(scim, signed(JWSAlgorithm.HS256, rsa.getKeyID(), new MACSigner(publicKeyAsSecret),
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
                "client_credentials", "client_assertion_type", JWT_BEARER, "client_assertion",
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
        Credential credential = credential(scim, "/keys");
        assertEquals(200, exchange(scim, rs256(claims(credential, c -> { }))).status());

        RSAKey rotated = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
        String previous = jwks.getAndSet(new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK(),
                rotated.toPublicJWK())).toString());
        try {
            Reply byRotated = exchange(scim, signed(JWSAlgorithm.RS256, rotated.getKeyID(), new RSASSASigner(rotated),
                    claims(credential, c -> { })));
            assertEquals(200, byRotated.status(), "the new kid made the server fetch the keys again: "
                    + byRotated.body());
        } finally {
            jwks.set(previous);
        }
    }

    @Test
    void aJwksThatHangsOrAnswersGarbageRefusesInTimeAndIsNotHammered() throws Exception {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        Credential hanging = credential(scim, "/keys");
        String previous = jwks.getAndSet("hang");
        try {
            int before = jwksRequests.get();
            long start = System.nanoTime();
            assertRefused(scim, rs256(claims(hanging, c -> { })), "the JWKS endpoint hangs");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 6_000, "refused after the fetch's timeout, not the endpoint's: " + millis + " ms");
            for (int i = 0; i < 5; i++) {
                long again = System.nanoTime();
                assertRefused(scim, rs256(claims(hanging, c -> { })), "still no keys");
                assertTrue((System.nanoTime() - again) / 1_000_000 < 1_000, "no new fetch within the minute");
            }
            assertEquals(before + 1, jwksRequests.get(), "one fetch a minute at most after a failure");

            jwks.set("{\"keys\": [ {\"kty\": \"nonsense\"");
            Credential garbage = credential(scim, "/keys");
            assertRefused(scim, rs256(claims(garbage, c -> { })), "the JWKS is garbage");
        } finally {
            jwks.set(previous);
        }
    }

    @Test
    void badCredentialsAreRefusedAndACredentialNeedsTheScimEndpoint() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        String path = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/federated-credentials";
        String valid = "\"issuer\":\"" + ISSUER + "\",\"subject\":\"s\",\"audience\":\"a\",\"scopes\":[\"get:users\"]";
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
