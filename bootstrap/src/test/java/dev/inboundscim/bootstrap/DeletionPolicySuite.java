package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deletion policy of a SCIM configuration over HTTP (SPEC §10): its Management API input and output, a soft
 * DELETE that hides, blocks and logs the user out, the POST of the same user that restores it once (201, same id,
 * {@code user.restored}) instead of the 409 that made Okta push a deprovisioned user forever, and hard mode as before.
 * The purge after the window is held by the store contract (SoftDeletedUserContract) with a controlled clock.
 */
abstract class DeletionPolicySuite extends RunningServerTest {

    private static final String SCOPES = "get:users post:users put:users patch:users delete:users get:groups "
            + "post:groups patch:groups";

    private final List<String> clients = new ArrayList<>();
    private final List<LogReceiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clients.forEach(id -> http.delete("/api/v2/clients/" + id, ADMIN));
        receivers.forEach(LogReceiver::close);
        clients.clear();
        receivers.clear();
    }

    private ScimEndpoint endpoint(String strategy, String deletion) {
        ScimEndpoint scim = ScimEndpoint.create(http, strategy, SCOPES);
        if (deletion != null) {
            Reply changed = patchConfiguration(scim, "{\"deletion\":" + deletion + "}");
            assertEquals(200, changed.status(), changed.body());
        }
        return scim;
    }

    private ScimEndpoint softEndpoint() {
        return endpoint("okta", "{\"mode\":\"soft\",\"restore_window_days\":7}");
    }

    private Reply patchConfiguration(ScimEndpoint scim, String body) {
        return http.send("PATCH", "/api/v2/connections/" + scim.connectionId() + "/scim-configuration", ADMIN, body,
                "application/json");
    }

    private static Reply post(ScimEndpoint scim, String body) {
        return scim.http().post(scim.path() + "/Users", scim.token(), body);
    }

    private static String created(ScimEndpoint scim, String userName, String externalId, String givenName) {
        Reply created = post(scim, oktaUser(userName, externalId, givenName, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply delete(ScimEndpoint scim, String id) {
        return http.delete(scim.path() + "/Users/" + encode(id), scim.token());
    }

    private JsonNode list(ScimEndpoint scim, String filter) {
        Reply reply = http.get(scim.path() + "/Users" + (filter == null ? "" : "?filter=" + encode(filter)),
                scim.token());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private JsonNode logs(ScimEndpoint scim, String type) {
        Reply reply = http.get("/api/v2/logs?type=" + type + "&connection_id=" + scim.connectionId(), ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private String group(ScimEndpoint scim, String displayName, String member) {
        Reply created = http.post(scim.path() + "/Groups", scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s",
                 "members":[{"value":"%s"}]}""".formatted(displayName, member));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    @Test
    void theScimConfigurationShowsItsDeletionPolicyAndRefusesAnyOtherShape() {
        ScimEndpoint scim = endpoint("okta", null);
        String path = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        JsonNode hard = http.get(path, ADMIN).json().path("deletion");
        assertEquals("hard", hard.path("mode").asText(), "hard by default");
        assertEquals(30, hard.path("restore_window_days").asInt());

        Reply soft = patchConfiguration(scim, "{\"deletion\":{\"mode\":\"soft\",\"restore_window_days\":7}}");
        assertEquals(200, soft.status(), soft.body());
        assertEquals("soft", soft.json().path("deletion").path("mode").asText());
        assertEquals(7, http.get(path, ADMIN).json().path("deletion").path("restore_window_days").asInt());
        Reply defaultWindow = patchConfiguration(scim, "{\"deletion\":{\"mode\":\"soft\"}}");
        assertEquals(30, defaultWindow.json().path("deletion").path("restore_window_days").asInt());
        Reply other = patchConfiguration(scim, "{\"mapping\":null}");
        assertEquals("soft", other.json().path("deletion").path("mode").asText(), "absent: unchanged");

        for (String[] bad : new String[][] {
                {"{\"mode\":\"purge\"}", "deletion.mode"},
                {"{\"mode\":\"SOFT\"}", "deletion.mode"},
                {"{\"restore_window_days\":7}", "deletion.mode"},
                {"{\"mode\":true}", "deletion.mode"},
                {"{\"mode\":\"soft\",\"restore_window_days\":0}", "restore_window_days"},
                {"{\"mode\":\"soft\",\"restore_window_days\":366}", "restore_window_days"},
                {"{\"mode\":\"soft\",\"restore_window_days\":1.5}", "restore_window_days"},
                {"{\"mode\":\"soft\",\"restore_window_days\":\"7\"}", "restore_window_days"},
                {"{\"mode\":\"soft\",\"restore_window_days\":99999999999}", "restore_window_days"},
                {"{\"mode\":\"soft\",\"window\":7}", "\"window\""},
                {"\"soft\"", "deletion must be an object"},
                {"null", "deletion must be an object"}}) {
            Reply refused = patchConfiguration(scim, "{\"deletion\":" + bad[0] + "}");
            assertEquals(400, refused.status(), bad[0] + " " + refused.body());
            assertTrue(refused.json().path("message").asText().contains(bad[1]), bad[0] + " " + refused.body());
        }
        JsonNode unchanged = http.get(path, ADMIN).json().path("deletion");
        assertEquals("soft", unchanged.path("mode").asText(), "refused changes change nothing");
        assertEquals(30, unchanged.path("restore_window_days").asInt());

        ScimEndpoint created = endpoint("okta", null);
        http.delete("/api/v2/connections/" + created.connectionId() + "/scim-configuration", ADMIN);
        Reply enabled = http.post("/api/v2/connections/" + created.connectionId() + "/scim-configuration", ADMIN,
                "{\"deletion\":{\"mode\":\"soft\",\"restore_window_days\":90}}");
        assertEquals(201, enabled.status(), enabled.body());
        assertEquals(90, enabled.json().path("deletion").path("restore_window_days").asInt());
        Reply refused = http.post("/api/v2/connections/" + scim.connectionId() + "/scim-configuration", ADMIN,
                "{\"deletion\":{\"mode\":\"later\"}}");
        assertEquals(400, refused.status(), "validated before the 409 of an existing configuration");
    }

    @Test
    void aSoftDeleteHidesTheUserFromEveryScimReadAndFromTheManagementApi() {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        String bob = created(scim, "bob@example.com", "ext-bob", "Bob");
        String team = group(scim, "Team", alice);

        assertEquals(204, delete(scim, alice).status());

        assertScimError(http.get(scim.path() + "/Users/" + encode(alice), scim.token()), 404);
        assertScimError(delete(scim, alice), 404);
        JsonNode all = list(scim, null);
        assertEquals(1, all.path("totalResults").asInt());
        assertEquals(bob, all.path("Resources").get(0).path("id").asText());
        assertEquals(0, list(scim, "userName eq \"alice@example.com\"").path("totalResults").asInt());
        assertEquals(0, list(scim, "externalId eq \"ext-alice\"").path("totalResults").asInt());
        JsonNode members = http.get(scim.path() + "/Groups/" + team, scim.token()).json().path("members");
        assertEquals(0, members.size(), "it left its groups: " + members);
        Reply add = http.send("PATCH", scim.path() + "/Groups/" + team, scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members","value":[{"value":"%s"}]}]}""".formatted(alice),
                "application/scim+json");
        assertScimError(add, 400);
        assertEquals(404, http.get("/api/v2/users/" + encode(alice), ADMIN).status());
        JsonNode managed = http.get("/api/v2/users?connection_id=" + scim.connectionId(), ADMIN).json();
        assertEquals(1, managed.size(), managed.toString());
        assertEquals(bob, managed.get(0).path("user_id").asText());
        assertEquals(1, logs(scim, "user.deleted").size());
        assertEquals("soft", logs(scim, "user.deleted").get(0).path("details").path("deletion").asText());
    }

    @Test
    void aPostOfTheSameUserWithinTheWindowRestoresItOnceUnderItsId() {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        group(scim, "Team", alice);
        assertEquals(204, delete(scim, alice).status());

        Reply restored = post(scim, oktaUser("alice@example.com", "ext-alice", "Alicia", true));

        assertEquals(201, restored.status(), restored.body());
        JsonNode user = restored.json();
        assertEquals(alice, user.path("id").asText(), "same id");
        assertEquals(http.base() + scim.path() + "/Users/" + encode(alice), restored.header("Location"));
        assertEquals("Alicia", user.path("name").path("givenName").asText(), "the POST replaces the values");
        assertTrue(user.path("active").asBoolean(), "unblocked: the body says active");
        assertEquals(0, user.path("groups").size(), "memberships are not restored");
        JsonNode read = http.get(scim.path() + "/Users/" + encode(alice), scim.token()).json();
        assertEquals("Alicia", read.path("name").path("givenName").asText());
        assertEquals(1, list(scim, null).path("totalResults").asInt());
        JsonNode restoredLogs = logs(scim, "user.restored");
        assertEquals(1, restoredLogs.size(), restoredLogs.toString());
        assertEquals(alice, restoredLogs.get(0).path("user_id").asText());
        assertEquals(alice, http.get("/api/v2/users/" + encode(alice), ADMIN).json().path("user_id").asText());
        assertScimError(post(scim, oktaUser("alice@example.com", "ext-alice", "Again", true)), 409);
    }

    @Test
    void theRestoredUserIsBlockedWhenTheBodySaysInactive() {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        assertEquals(204, delete(scim, alice).status());

        Reply restored = post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", false));

        assertEquals(201, restored.status(), restored.body());
        assertEquals(alice, restored.json().path("id").asText());
        assertEquals(false, restored.json().path("active").asBoolean(true));
        assertTrue(http.get("/api/v2/users/" + encode(alice), ADMIN).json().path("blocked").asBoolean());
    }

    @Test
    void withExternalIdAsTheKeyAnotherUserMayTakeTheUserNameMeanwhile() {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        assertEquals(204, delete(scim, alice).status());

        String other = created(scim, "alice@example.com", "ext-other", "Other");

        assertNotEquals(alice, other);
        Reply conflict = post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true));
        assertScimError(conflict, 409);
        assertEquals("uniqueness", conflict.json().path("scimType").asText());
        assertEquals(204, delete(scim, other).status());
        Reply restored = post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true));
        assertEquals(201, restored.status(), restored.body());
        assertEquals(alice, restored.json().path("id").asText(), "still restorable after the refused POST");
    }

    @Test
    void withUserNameAsTheKeyAPostOfTheSameUserNameRestores() {
        ScimEndpoint scim = endpoint("samlp", "{\"mode\":\"soft\"}");
        String alice = created(scim, "alice@example.com", "ext-1", "Alice");
        assertEquals(204, delete(scim, alice).status());

        Reply restored = post(scim, oktaUser("ALICE@example.com", "ext-2", "Alice", true));

        assertEquals(201, restored.status(), restored.body());
        assertEquals(alice, restored.json().path("id").asText());
        assertEquals("ext-2", restored.json().path("externalId").asText());
    }

    @Test
    void concurrentPostsOfTheSameDeletedUserRestoreItOnce() throws Exception {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        assertEquals(204, delete(scim, alice).status());
        List<Callable<Reply>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true)));
        }

        List<Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Reply> future : pool.invokeAll(posts)) {
                replies.add(future.get());
            }
        }

        Set<Integer> statuses = new HashSet<>();
        replies.forEach(reply -> statuses.add(reply.status()));
        assertEquals(Set.of(201, 409), statuses, replies.toString());
        List<Reply> winners = replies.stream().filter(reply -> reply.status() == 201).toList();
        assertEquals(1, winners.size(), "exactly one restore");
        assertEquals(alice, winners.getFirst().json().path("id").asText());
        assertEquals(1, list(scim, null).path("totalResults").asInt());
        assertEquals(1, logs(scim, "user.restored").size());
    }

    @Test
    void aSoftDeleteEndsTheUsersSessionsAndTellsItsClients() throws Exception {
        ScimEndpoint scim = softEndpoint();
        LogReceiver receiver = new LogReceiver();
        receivers.add(receiver);
        Reply client = http.post("/api/v2/clients", ADMIN, """
                {"name":"app-%s","oidc_logout":{"backchannel_logout_urls":["%s"]}}"""
                .formatted(UUID.randomUUID(), receiver.url()));
        assertEquals(201, client.status(), client.body());
        String clientId = client.json().path("client_id").asText();
        clients.add(clientId);
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        Reply login = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, """
                {"claims":{"sub":"ext-alice"},"session_id":"sid-soft","client_id":"%s"}""".formatted(clientId));
        assertEquals(200, login.status(), login.body());
        assertEquals(1, http.get("/api/v2/users/" + encode(alice) + "/sessions", ADMIN).json().path("sessions")
                .size());

        assertEquals(204, delete(scim, alice).status());

        // A logout token for this very session: other users' "all sessions" notices reach every client too.
        await("a logout token for the session", () -> receiver.requests().stream()
                .anyMatch(request -> logoutTokenClaims(request.body()).contains("\"sid\":\"sid-soft\"")));
        assertEquals(0, http.get("/api/v2/users/" + encode(alice) + "/sessions", ADMIN).json().path("sessions")
                .size(), "the soft-deleted user's session ended");
        Reply refused = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, """
                {"claims":{"sub":"ext-alice"},"session_id":"sid-again","client_id":"%s"}""".formatted(clientId));
        assertEquals(403, refused.status(), "a soft-deleted user is blocked, not created again: " + refused.body());
        assertEquals(201, post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true)).status());
        assertEquals(0, http.get("/api/v2/users/" + encode(alice) + "/sessions", ADMIN).json().path("sessions")
                .size(), "the restored user has no session left");
    }

    @Test
    void hardModeDeletesForGoodAsBefore() {
        ScimEndpoint scim = endpoint("okta", null);
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        assertScimError(post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true)), 409);

        assertEquals(204, delete(scim, alice).status());
        Reply again = post(scim, oktaUser("alice@example.com", "ext-alice", "Again", true));

        assertEquals(201, again.status(), again.body());
        assertEquals("Again", again.json().path("name").path("givenName").asText());
        assertEquals(0, logs(scim, "user.restored").size());
        assertTrue(logs(scim, "user.deleted").get(0).path("details").path("deletion").isMissingNode());
        assertScimError(post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true)), 409);
    }

    @Test
    void backInHardModeAPostStillRestoresAUserDeletedInSoftMode() {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        assertEquals(204, delete(scim, alice).status());
        assertEquals(200, patchConfiguration(scim, "{\"deletion\":{\"mode\":\"hard\"}}").status());

        Reply restored = post(scim, oktaUser("alice@example.com", "ext-alice", "Alice", true));

        assertEquals(201, restored.status(), restored.body());
        assertEquals(alice, restored.json().path("id").asText());
        assertEquals(1, logs(scim, "user.restored").size());
    }

    @Test
    void theKeysCannotChangeWhileTheConnectionHasSoftDeletedUsers() {
        ScimEndpoint scim = softEndpoint();
        String alice = created(scim, "alice@example.com", "ext-alice", "Alice");
        assertEquals(204, delete(scim, alice).status());

        Reply refused = patchConfiguration(scim, "{\"user_id_attribute\":\"userName\"}");

        assertEquals(409, refused.status(), refused.body());
    }

    /** The claims of a back-channel logout request's token, as JSON text ("" when the body holds none). */
    private static String logoutTokenClaims(String body) {
        if (!body.startsWith("logout_token=")) {
            return "";
        }
        String[] parts = body.substring("logout_token=".length()).split("\\.");
        return parts.length < 2 ? "" : new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }
}
