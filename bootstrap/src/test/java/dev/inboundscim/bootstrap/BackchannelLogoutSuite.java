package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import dev.inboundscim.bootstrap.LogReceiver.Mode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients, logins, sessions and OpenID Connect Back-Channel Logout over HTTP (SPEC §4–§5), with real receivers on
 * loopback standing in for the clients' logout URLs; every token is verified against the published JWKS.
 */
abstract class BackchannelLogoutSuite extends RunningServerTest {

    private static final String PATCH_OP = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":";

    private final List<String> clients = new ArrayList<>();
    private final List<LogReceiver> receivers = new ArrayList<>();
    private ScimEndpoint scim;

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta", "get:users post:users put:users patch:users delete:users");
    }

    /** Clients are tenant-wide: a user with no session notifies every one, so each test removes its own. */
    @AfterEach
    void cleanUp() {
        clients.forEach(id -> http.delete("/api/v2/clients/" + id, ADMIN));
        receivers.forEach(LogReceiver::close);
        clients.clear();
        receivers.clear();
    }

    private LogReceiver receiver() throws Exception {
        LogReceiver receiver = new LogReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private String client(LogReceiver receiver) {
        Reply created = http.post("/api/v2/clients", ADMIN, """
                {"name":"app-%s","oidc_logout":{"backchannel_logout_urls":["%s"]}}"""
                .formatted(UUID.randomUUID(), receiver.url()));
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("client_id").asText();
        clients.add(id);
        return id;
    }

    private String createUser(String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(name + "@example.com", name + "-ext", name, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply login(String sub, String sessionId, String clientId, String refreshTokenId, String extraClaims) {
        return http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, """
                {"claims":{"sub":"%s"%s},"session_id":"%s"%s%s}""".formatted(sub, extraClaims, sessionId,
                clientId == null ? "" : ",\"client_id\":\"" + clientId + "\"",
                refreshTokenId == null ? "" : ",\"refresh_token_id\":\"" + refreshTokenId + "\""));
    }

    private JsonNode sessions(String userId) {
        Reply reply = http.get("/api/v2/users/" + encode(userId) + "/sessions", ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().path("sessions");
    }

    private JsonNode refreshTokens(String userId) {
        Reply reply = http.get("/api/v2/users/" + encode(userId) + "/refresh-tokens", ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().path("tokens");
    }

    private void deactivate(String userId) {
        Reply patched = http.send("PATCH", scim.path() + "/Users/" + encode(userId), scim.token(),
                PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}", "application/scim+json");
        assertEquals(200, patched.status(), patched.body());
    }

    /** The logout tokens {@code receiver} got, each verified against the published keys. */
    private List<JWTClaimsSet> verifiedTokens(LogReceiver receiver) throws Exception {
        JWKSet keys = JWKSet.parse(http.get("/.well-known/jwks.json", null).body());
        List<JWTClaimsSet> tokens = new ArrayList<>();
        for (LogReceiver.Received request : receiver.requests()) {
            assertEquals("application/x-www-form-urlencoded", request.contentType());
            assertTrue(request.body().startsWith("logout_token="), request.body());
            SignedJWT jwt = SignedJWT.parse(URLDecoder.decode(request.body().substring("logout_token=".length()),
                    StandardCharsets.UTF_8));
            assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
            assertEquals("logout+jwt", jwt.getHeader().getType().getType());
            RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertNotNull(key, "the token's kid is published");
            assertTrue(jwt.verify(new RSASSAVerifier(key)), "signature verifies with the published key");
            assertEquals(JWSObject.State.VERIFIED, jwt.getState());
            tokens.add(jwt.getJWTClaimsSet());
        }
        return tokens;
    }

    private void assertLogoutClaims(JWTClaimsSet claims, String clientId, String userId, String sid) {
        assertEquals("http://localhost:" + server.port(), claims.getIssuer());
        assertEquals(List.of(clientId), claims.getAudience());
        assertEquals(userId, claims.getSubject());
        assertEquals(sid, claims.getClaim("sid"));
        assertNotNull(claims.getJWTID());
        assertNotNull(claims.getIssueTime());
        assertTrue(claims.getExpirationTime().after(new Date(claims.getIssueTime().getTime())));
        assertEquals(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()),
                claims.getClaim("events"));
        assertNull(claims.getClaim("nonce"), "a logout token never carries a nonce");
    }

    @Test
    void publishesTheSigningKeysWithoutTheirPrivateParts() throws Exception {
        Reply jwks = http.get("/.well-known/jwks.json", null);
        assertEquals(200, jwks.status(), jwks.body());
        JsonNode key = jwks.json().path("keys").get(0);
        assertEquals("RSA", key.path("kty").asText());
        assertEquals("sig", key.path("use").asText());
        assertEquals("RS256", key.path("alg").asText());
        assertFalse(key.path("kid").asText().isEmpty());
        assertTrue(key.has("n") && key.has("e"));
        for (String secret : new String[] {"d", "p", "q", "dp", "dq", "qi"}) {
            assertFalse(key.has(secret), "private part " + secret + " published");
        }
    }

    @Test
    void managesClientsInAuth0sShape() throws Exception {
        LogReceiver receiver = receiver();
        String id = client(receiver);
        assertTrue(id.matches("[A-Za-z0-9]{32}"), id);
        JsonNode got = http.get("/api/v2/clients/" + id, ADMIN).json();
        assertEquals(receiver.url(), got.path("oidc_logout").path("backchannel_logout_urls").get(0).asText());

        Reply patched = http.send("PATCH", "/api/v2/clients/" + id, ADMIN,
                "{\"name\":\"renamed\",\"oidc_logout\":{\"backchannel_logout_urls\":[]}}", "application/json");
        assertEquals(200, patched.status(), patched.body());
        assertEquals("renamed", patched.json().path("name").asText());
        assertEquals(0, patched.json().path("oidc_logout").path("backchannel_logout_urls").size());
        assertTrue(http.get("/api/v2/clients", ADMIN).body().contains(id));

        for (String bad : new String[] {"{}", "{\"name\":\"x\",\"oidc_logout\":{\"backchannel_logout_urls\":"
                + "[\"ftp://x\"]}}", "{\"name\":\"x\",\"oidc_logout\":{\"backchannel_logout_urls\":\"http://x\"}}"}) {
            assertEquals(400, http.post("/api/v2/clients", ADMIN, bad).status(), bad);
        }
        assertEquals(204, http.delete("/api/v2/clients/" + id, ADMIN).status());
        assertEquals(404, http.get("/api/v2/clients/" + id, ADMIN).status());
        assertEquals(404, http.delete("/api/v2/clients/" + id, ADMIN).status());
    }

    @Test
    void aLoginCreatesTheUserJustInTimeAndRecordsItsSessionAndRefreshToken() throws Exception {
        String clientId = client(receiver());
        // Session and refresh token ids are global, and the user stays: another suite on the same store (three
        // nodes) runs this test too, so its ids are its own.
        String session = "sess-jit-" + scim.connectionName();
        String refreshToken = "rt-jit-" + scim.connectionName();
        Reply login = login("00u-jit", session, clientId, refreshToken,
                ",\"email\":\"jit@example.com\",\"given_name\":\"Jit\",\"preferred_username\":\"jit@example.com\","
                        + "\"app_metadata\":{\"admin\":true},\"blocked\":true,\"nonce\":\"n\"");
        assertEquals(200, login.status(), login.body());
        String userId = "okta|" + scim.connectionName() + "|00u-jit";
        assertEquals(userId, login.json().path("user_id").asText());
        assertEquals("jit@example.com", login.json().path("email").asText());
        assertEquals("Jit", login.json().path("given_name").asText());
        assertFalse(login.json().path("app_metadata").has("admin"), "claims never write app_metadata");
        assertFalse(login.json().path("blocked").asBoolean(), "claims never block");
        assertFalse(login.json().has("nonce"));

        JsonNode sessions = sessions(userId);
        assertEquals(1, sessions.size());
        assertEquals(session, sessions.get(0).path("id").asText());
        assertEquals(clientId, sessions.get(0).path("clients").get(0).path("client_id").asText());
        assertEquals(refreshToken, refreshTokens(userId).get(0).path("id").asText());

        // The SCIM endpoint sees the user by the same key: externalId is the login's sub.
        Reply viaScim = http.get(scim.path() + "/Users?filter=" + encode("externalId eq \"00u-jit\""), scim.token());
        assertEquals(1, viaScim.json().path("totalResults").asInt(), viaScim.body());

        assertEquals(400, login("", "s", null, null, "").status());
        assertEquals(400, login("x", "s", "nonexistentclientidnonexistent12", null, "").status());
        assertEquals(404, http.post("/api/v2/connections/con_0000000000000000/logins", ADMIN,
                "{\"claims\":{\"sub\":\"x\"},\"session_id\":\"s\"}").status());
    }

    @Test
    void loginsSyncRootAttributesOnlyWhenTheConnectionSaysSo() {
        String userId = createUser("sync");
        assertEquals(200, login("sync-ext", "s-1", null, null, ",\"given_name\":\"Changed\"").status());
        Reply unchanged = http.get("/api/v2/users/" + encode(userId), ADMIN);
        assertEquals("sync", unchanged.json().path("given_name").asText(), "SCIM turned login sync off");

        assertEquals(200, http.send("PATCH", "/api/v2/connections/" + scim.connectionId(), ADMIN,
                "{\"sync_user_profile_at_login\":true}", "application/json").status());
        Reply synced = login("sync-ext", "s-2", null, null,
                ",\"given_name\":\"Changed\",\"app_metadata\":{\"external_id\":\"hijack\"}");
        assertEquals(200, synced.status(), synced.body());
        assertEquals("Changed", synced.json().path("given_name").asText());
        assertEquals("sync-ext", synced.json().path("app_metadata").path("external_id").asText());
        assertEquals(2, sessions(userId).size());
    }

    @Test
    void aBlockedUserCannotLogIn() {
        String userId = createUser("blocked");
        assertEquals(200, login("blocked-ext", "s-ok", null, null, "").status());
        deactivate(userId);

        Reply refused = login("blocked-ext", "s-refused", null, null, "");
        assertEquals(403, refused.status(), refused.body());
        await("the deactivation to end the session", () -> sessions(userId).isEmpty());
        // Written by the batching log writer of the node that refused it: through another node within moments.
        await("the refusal's entry", () -> http.get("/api/v2/logs?type=f&connection_id=" + scim.connectionId(),
                ADMIN).json().size() >= 1);
    }

    @Test
    void deactivationEndsEverySessionAndTellsEachSessionsClientWithASignedLogoutToken() throws Exception {
        LogReceiver first = receiver();
        LogReceiver second = receiver();
        String firstClient = client(first);
        String secondClient = client(second);
        String userId = createUser("offboarded");
        assertEquals(200, login("offboarded-ext", "sid-1", firstClient, "rt-1", "").status());
        assertEquals(200, login("offboarded-ext", "sid-2", secondClient, "rt-2", "").status());
        assertEquals(2, refreshTokens(userId).size());

        deactivate(userId);

        await("a logout token at each client", () -> first.requests().size() == 1 && second.requests().size() == 1);
        assertLogoutClaims(verifiedTokens(first).getFirst(), firstClient, userId, "sid-1");
        assertLogoutClaims(verifiedTokens(second).getFirst(), secondClient, userId, "sid-2");
        assertEquals(0, sessions(userId).size());
        assertEquals(0, refreshTokens(userId).size());
        assertEquals(1, http.get("/api/v2/logs?type=user.deactivated&connection_id=" + scim.connectionId(), ADMIN)
                .json().size());
        Thread.sleep(300);
        assertEquals(1, first.requests().size(), "delivered once");
    }

    @Test
    void deletingAUserWithNoRecordedSessionTellsEveryClient() throws Exception {
        LogReceiver first = receiver();
        LogReceiver second = receiver();
        String firstClient = client(first);
        String secondClient = client(second);
        String userId = createUser("deleted");

        assertEquals(204, http.delete(scim.path() + "/Users/" + encode(userId), scim.token()).status());

        await("a logout token at every client", () -> !first.requests().isEmpty() && !second.requests().isEmpty());
        assertLogoutClaims(verifiedTokens(first).getFirst(), firstClient, userId, null);
        assertLogoutClaims(verifiedTokens(second).getFirst(), secondClient, userId, null);
    }

    @Test
    void putWithActiveFalseAndTheManagementApiEndSessionsToo() throws Exception {
        LogReceiver receiver = receiver();
        String clientId = client(receiver);
        String viaPut = createUser("put");
        String viaApi = createUser("api");
        assertEquals(200, login("put-ext", "sid-put", clientId, null, "").status());
        assertEquals(200, login("api-ext", "sid-api", clientId, "rt-api", "").status());

        Reply put = http.put(scim.path() + "/Users/" + encode(viaPut), scim.token(),
                oktaUser("put@example.com", "put-ext", "put", false));
        assertEquals(200, put.status(), put.body());
        assertEquals(204, http.delete("/api/v2/users/" + encode(viaApi) + "/sessions", ADMIN).status());

        await("two logout tokens", () -> receiver.requests().size() == 2);
        List<String> sids = verifiedTokens(receiver).stream().map(c -> (String) c.getClaim("sid")).sorted().toList();
        assertEquals(List.of("sid-api", "sid-put"), sids);
        assertEquals(0, refreshTokens(viaApi).size());
        assertEquals(204, http.delete("/api/v2/users/" + encode(viaApi) + "/refresh-tokens", ADMIN).status());
        assertEquals(404, http.get("/api/v2/users/okta%7Cnobody%7Cx/sessions", ADMIN).status());
    }

    @Test
    void deletingTheConnectionEndsItsUsersSessions() throws Exception {
        LogReceiver receiver = receiver();
        String clientId = client(receiver);
        String userId = createUser("connection-gone");
        createUser("no-session");
        assertEquals(200, login("connection-gone-ext", "sid-conn", clientId, "rt-conn", "").status());

        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId(), ADMIN).status());

        await("the logout token", () -> !receiver.requests().isEmpty());
        Thread.sleep(300);
        List<JWTClaimsSet> tokens = verifiedTokens(receiver);
        assertEquals(1, tokens.size(), "one session, one token; the user without a session tells nobody");
        assertLogoutClaims(tokens.getFirst(), clientId, userId, "sid-conn");
    }

    @Test
    void aFailingLogoutUrlIsRetriedUntilItAcknowledgesWithTheSameTokenId() throws Exception {
        LogReceiver receiver = receiver();
        receiver.mode(Mode.FAIL);
        String clientId = client(receiver);
        String userId = createUser("retry");
        assertEquals(200, login("retry-ext", "sid-retry", clientId, null, "").status());

        deactivate(userId);
        await("three failed attempts", () -> receiver.requests().size() >= 3);
        receiver.mode(Mode.ACCEPT);
        int failed = receiver.requests().size();
        await("an acknowledged attempt", () -> receiver.requests().size() > failed);
        Thread.sleep(400);
        List<JWTClaimsSet> tokens = verifiedTokens(receiver);
        assertEquals(failed + 1, tokens.size(), "nothing more once acknowledged");
        assertEquals(1, tokens.stream().map(JWTClaimsSet::getJWTID).distinct().count(),
                "every attempt at one target carries the same jti");
        assertLogoutClaims(tokens.getLast(), clientId, userId, "sid-retry");
    }

    @Test
    void rotationKeepsThePreviousKeyPublishedUntilItIsRevoked() throws Exception {
        String before = http.get("/.well-known/jwks.json", null).json().path("keys").get(0).path("kid").asText();
        Reply rotated = http.post("/api/v2/keys/signing/rotate", ADMIN, "");
        assertEquals(201, rotated.status(), rotated.body());
        String after = rotated.json().path("kid").asText();
        JsonNode published = http.get("/.well-known/jwks.json", null).json().path("keys");
        List<String> kids = new ArrayList<>();
        published.forEach(k -> kids.add(k.path("kid").asText()));
        assertTrue(kids.contains(before) && kids.contains(after), kids.toString());

        LogReceiver receiver = receiver();
        String clientId = client(receiver);
        String userId = createUser("rotated");
        assertEquals(200, login("rotated-ext", "sid-rot", clientId, null, "").status());
        deactivate(userId);
        await("the logout token", () -> !receiver.requests().isEmpty());
        verifiedTokens(receiver);
        String tokenBody = URLDecoder.decode(receiver.requests().getFirst().body().substring(13),
                StandardCharsets.UTF_8);
        assertEquals(after, SignedJWT.parse(tokenBody).getHeader().getKeyID(), "the new key signs");

        assertEquals(400, http.send("PUT", "/api/v2/keys/signing/" + after + "/revoke", ADMIN, "",
                "application/json").status(), "the current key cannot be revoked");
        Reply revoked = http.send("PUT", "/api/v2/keys/signing/" + before + "/revoke", ADMIN, "", "application/json");
        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(http.get("/.well-known/jwks.json", null).body().contains(before));
        assertTrue(http.get("/api/v2/keys/signing", ADMIN).body().contains(before), "still listed, as revoked");
    }
}
