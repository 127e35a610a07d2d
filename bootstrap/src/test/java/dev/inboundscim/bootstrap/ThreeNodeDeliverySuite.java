package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Background delivery with three nodes on one store (issue 20): every node polls the log streams and the logout
 * notices all along while the traffic that fills them is spread round-robin across the nodes, and a loopback
 * receiver gets each log stream entry exactly once, in the stream's order, and each back-channel logout notice
 * exactly once, signed with a key every node publishes.
 */
abstract class ThreeNodeDeliverySuite extends RunningServerTest {

    private static final String PATCH_OP = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":";

    /** Three server processes on one store. */
    @Override
    int nodeCount() {
        return 3;
    }

    private static List<String> userIds(List<JsonNode> events) {
        return events.stream().map(e -> e.path("data").path("user_id").asText()).toList();
    }

    private String createUser(ScimEndpoint scim, String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(name + "@example.com", name + "-ext", name, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    @Test
    void eachLogStreamEntryReachesTheSinkOnceAndInOrderWhileThreeNodesDeliver() throws Exception {
        try (LogReceiver receiver = new LogReceiver()) {
            Reply stream = http.post("/api/v2/log-streams", ADMIN, """
                    {"name":"three-nodes-%s","type":"http","sink":{"httpEndpoint":"%s",\
                    "httpContentFormat":"JSONARRAY"},"filters":[{"type":"category","name":"scim.event"}]}"""
                    .formatted(UUID.randomUUID(), receiver.url()));
            assertEquals(201, stream.status(), stream.body());
            String streamId = stream.json().path("id").asText();
            // Each node routes from the streams it keeps in memory, and learns of a new one from the store's
            // notification (PostgreSQL) or its next poll (MongoDB, every 250 ms): writes from a second on are
            // routed to it by every node (docs/scaling.md).
            Thread.sleep(1000);
            ScimEndpoint scim = ScimEndpoint.create(http, "okta", "post:users");
            String prefix = "stream-" + UUID.randomUUID().toString().substring(0, 6) + "-";

            // One write after another, each through the next node: the stream's order is the order of the writes.
            List<String> users = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                users.add(createUser(scim, prefix + i));
            }
            await("the 24 entries", () -> receiver.eventsOf(scim.connectionId()).size() >= 24);

            // Then three writers at once, still round-robin: each of their entries once too.
            List<String> concurrent = Collections.synchronizedList(new ArrayList<>());
            try (ExecutorService writers = Executors.newFixedThreadPool(3)) {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    int writer = w;
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < 8; i++) {
                            concurrent.add(createUser(scim, prefix + "w" + writer + "-" + i));
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
            }
            await("all 48 entries", () -> receiver.eventsOf(scim.connectionId()).size() >= 48);
            await("an empty outbox", () -> http.get("/api/v2/log-streams/" + streamId, ADMIN).json()
                    .path("delivery").path("pending").asInt() == 0);
            Thread.sleep(500);

            List<JsonNode> received = receiver.eventsOf(scim.connectionId());
            assertEquals(users, userIds(received).subList(0, 24),
                    "the sequential writes' entries, each once, in the order of the writes");
            List<String> rest = userIds(received).subList(24, received.size());
            assertEquals(24, rest.size(), "no entry sent twice: " + rest);
            assertEquals(new HashSet<>(concurrent), new HashSet<>(rest), "each concurrent write's entry once");
            List<String> logIds = received.stream().map(e -> e.path("log_id").asText()).toList();
            assertEquals(logIds.size(), new HashSet<>(logIds).size(), "no log_id delivered twice");
            assertTrue(receiver.requests().size() >= 10, "batches of at most 5 entries");
            assertEquals(204, http.delete("/api/v2/log-streams/" + streamId, ADMIN).status());
        }
    }

    @Test
    void eachLogoutNoticeReachesTheClientOnceWhileThreeNodesDeliver() throws Exception {
        try (LogReceiver receiver = new LogReceiver()) {
            Reply client = http.post("/api/v2/clients", ADMIN, """
                    {"name":"three-nodes-%s","oidc_logout":{"backchannel_logout_urls":["%s"]}}"""
                    .formatted(UUID.randomUUID(), receiver.url()));
            assertEquals(201, client.status(), client.body());
            String clientId = client.json().path("client_id").asText();
            try {
                ScimEndpoint scim = ScimEndpoint.create(http, "okta", "post:users patch:users");
                String prefix = "logout-" + UUID.randomUUID().toString().substring(0, 6) + "-";
                int count = 12;
                List<String> userIds = new ArrayList<>();
                Set<String> sessions = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    String name = prefix + i;
                    userIds.add(createUser(scim, name));
                    String sid = name + "-sid";
                    sessions.add(sid);
                    Reply login = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, """
                            {"claims":{"sub":"%s-ext"},"session_id":"%s","client_id":"%s"}"""
                            .formatted(name, sid, clientId));
                    assertEquals(200, login.status(), login.body());
                }

                // The deactivations go through the nodes in turn, three at a time.
                try (ExecutorService writers = Executors.newFixedThreadPool(3)) {
                    List<Future<?>> done = new ArrayList<>();
                    for (String userId : userIds) {
                        done.add(writers.submit(() -> {
                            Reply patched = http.send("PATCH", scim.path() + "/Users/" + encode(userId),
                                    scim.token(), PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}",
                                    "application/scim+json");
                            assertEquals(200, patched.status(), patched.body());
                            return null;
                        }));
                    }
                    for (Future<?> writer : done) {
                        writer.get();
                    }
                }
                await("a logout token per session", () -> receiver.requests().size() >= count);
                for (String userId : userIds) {
                    await("the sessions of " + userId + " to end", () -> http.get("/api/v2/users/" + encode(userId)
                            + "/sessions", ADMIN).json().path("sessions").isEmpty());
                }
                Thread.sleep(500);

                List<JWTClaimsSet> tokens = new ArrayList<>();
                for (int node = 0; node < nodePorts().size(); node++) {
                    // Every node publishes the key whichever node signed with.
                    tokens = verified(receiver, new HttpClientSupport(nodePorts().get(node)));
                }
                List<String> sids = tokens.stream().map(t -> (String) t.getClaim("sid")).toList();
                assertEquals(count, sids.size(), "one notice per session, none twice: " + sids);
                assertEquals(sessions, new HashSet<>(sids));
                assertEquals(count, tokens.stream().map(JWTClaimsSet::getJWTID).distinct().count());
                for (JWTClaimsSet token : tokens) {
                    assertEquals(List.of(clientId), token.getAudience());
                    assertEquals("http://localhost:" + server.port(), token.getIssuer(),
                            "every node signs as the one public address");
                }
            } finally {
                http.delete("/api/v2/clients/" + clientId, ADMIN);
            }
        }
    }

    /** The logout tokens {@code receiver} got, each verified against the keys {@code node} publishes. */
    private static List<JWTClaimsSet> verified(LogReceiver receiver, HttpClientSupport node) throws Exception {
        JWKSet keys = JWKSet.parse(node.get("/.well-known/jwks.json", null).body());
        List<JWTClaimsSet> tokens = new ArrayList<>();
        for (LogReceiver.Received request : receiver.requests()) {
            assertTrue(request.body().startsWith("logout_token="), request.body());
            SignedJWT jwt = SignedJWT.parse(URLDecoder.decode(request.body().substring("logout_token=".length()),
                    StandardCharsets.UTF_8));
            RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertNotNull(key, "the token's kid is published by " + node.base());
            assertTrue(jwt.verify(new RSASSAVerifier(key)), "signature verifies with the published key");
            tokens.add(jwt.getJWTClaimsSet());
        }
        return tokens;
    }
}
