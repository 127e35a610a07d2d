package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SCIM Bulk over HTTP (RFC 7644 §3.7, SPEC §10): bulkId references in paths and in group members, failOnErrors,
 * per-operation versions and scopes, the advertised and enforced limits (small here: {@link #MAX_OPERATIONS} and
 * {@link #MAX_PAYLOAD_SIZE}), unresolvable and circular references, and each operation rate-counted and logged like
 * the single request it stands for.
 */
abstract class BulkSuite extends RunningServerTest {

    static final int MAX_OPERATIONS = 8;
    static final int MAX_PAYLOAD_SIZE = 8192;
    private static final String ALL_SCOPES = "get:users post:users put:users patch:users delete:users get:groups "
            + "post:groups put:groups patch:groups delete:groups";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private ScimEndpoint scim;

    @Override
    Map<String, String> settings() {
        return Map.of("SCIM_BULK_MAX_OPERATIONS", String.valueOf(MAX_OPERATIONS),
                "SCIM_BULK_MAX_PAYLOAD_SIZE", String.valueOf(MAX_PAYLOAD_SIZE));
    }

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta", ALL_SCOPES);
    }

    private static String bulk(String... operations) {
        return bulkFailingOn(0, operations);
    }

    private static String bulkFailingOn(int failOnErrors, String... operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"]"
                + (failOnErrors > 0 ? ",\"failOnErrors\":" + failOnErrors : "")
                + ",\"Operations\":[" + String.join(",", operations) + "]}";
    }

    private static String postUser(String bulkId, String userName, String extra) {
        return """
                {"method":"POST","path":"/Users","bulkId":"%s","data":{
                 "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","externalId":"%s",
                 "name":{"givenName":"%s","familyName":"Doe"},"password":"BulkS3cret!"%s}}"""
                .formatted(bulkId, userName, userName, bulkId, extra == null ? "" : "," + extra);
    }

    private static String postGroup(String bulkId, String displayName, String... members) {
        List<String> list = new ArrayList<>();
        for (String member : members) {
            list.add("{\"value\":\"" + member + "\"}");
        }
        return """
                {"method":"POST","path":"/Groups","bulkId":"%s","data":{
                 "schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s","members":[%s]}}"""
                .formatted(bulkId, displayName, String.join(",", list));
    }

    private static String operation(String method, String path, String version, String data) {
        return "{\"method\":\"" + method + "\",\"path\":\"" + path + "\""
                + (version == null ? "" : ",\"version\":\"" + version.replace("\"", "\\\"") + "\"")
                + (data == null ? "" : ",\"data\":" + data) + "}";
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply send(String body) {
        return send(scim.token(), body);
    }

    private Reply send(String token, String body) {
        return http.post(scim.path() + "/Bulk", token, body);
    }

    /** The response's operations, checked to be a 200 BulkResponse. */
    private static JsonNode operations(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("urn:ietf:params:scim:api:messages:2.0:BulkResponse",
                reply.json().path("schemas").get(0).asText());
        return reply.json().path("Operations");
    }

    private static List<String> statuses(JsonNode operations) {
        List<String> statuses = new ArrayList<>();
        operations.forEach(op -> statuses.add(op.path("status").asText()));
        return statuses;
    }

    private static String id(JsonNode operation) {
        String location = operation.path("location").asText();
        return URLDecoder.decode(location.substring(location.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private int usersNamed(String userName) {
        Reply reply = http.get(scim.path() + "/Users?filter=" + encode("userName eq \"" + userName + "\""),
                scim.token());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().path("totalResults").asInt();
    }

    private JsonNode logs() {
        Reply reply = http.get("/api/v2/logs?connection_id=" + scim.connectionId() + "&take=100", ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void createsUsersAndAGroupWhoseMembersReferToThemByBulkIdEvenWhenTheyComeLater() {
        String alice = unique("alice");
        String bob = unique("bob");
        JsonNode operations = operations(send(bulk(postGroup("team", unique("Team"), "bulkId:alice", "bulkId:bob"),
                postUser("alice", alice, null), postUser("bob", bob, null))));

        assertEquals(List.of("201", "201", "201"), statuses(operations), operations.toString());
        assertEquals(List.of("team", "alice", "bob"), List.of(operations.get(0).path("bulkId").asText(),
                operations.get(1).path("bulkId").asText(), operations.get(2).path("bulkId").asText()),
                "results in request order, each with its bulkId");
        operations.forEach(op -> {
            assertEquals("POST", op.path("method").asText());
            assertEquals("W/\"1\"", op.path("version").asText(), op.toString());
            assertTrue(op.path("location").asText().startsWith(http.base() + scim.path() + "/"), op.toString());
            assertFalse(op.has("response"), "successes leave the response out: " + op);
        });
        String groupId = id(operations.get(0));
        Set<String> expected = Set.of(id(operations.get(1)), id(operations.get(2)));
        Reply group = http.get(scim.path() + "/Groups/" + groupId, scim.token());
        assertEquals(200, group.status(), group.body());
        Set<String> members = new HashSet<>();
        group.json().path("members").forEach(m -> members.add(m.path("value").asText()));
        assertEquals(expected, members, "the bulkIds became the users' ids");
        Reply user = http.get(operations.get(1).path("location").asText().substring(http.base().length()),
                scim.token());
        assertEquals(alice, user.json().path("userName").asText(), user.body());
        assertEquals(groupId, user.json().path("groups").get(0).path("value").asText());
    }

    @Test
    void patchPutAndDeleteReachResourcesByBulkIdInTheirPath() {
        String carol = unique("carol");
        String dave = unique("dave");
        JsonNode operations = operations(send(bulk(
                operation("PATCH", "/Users/bulkId:carol", null, """
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations":[{"op":"replace","path":"displayName","value":"Carol Bulk"}]}"""),
                postUser("carol", carol, null),
                postUser("dave", dave, null),
                postGroup("group", unique("Group")),
                operation("PUT", "/Groups/bulkId:group", null,
                        "{\"displayName\":\"" + unique("Renamed") + "\",\"members\":[{\"value\":\"bulkId:carol\"}]}"),
                operation("DELETE", "/Users/bulkId:dave", null, null))));

        assertEquals(List.of("200", "201", "201", "201", "200", "204"), statuses(operations), operations.toString());
        assertEquals("W/\"2\"", operations.get(0).path("version").asText(), "the PATCH made version 2");
        assertEquals(operations.get(1).path("location"), operations.get(0).path("location"));
        Reply patched = http.get(operations.get(1).path("location").asText().substring(http.base().length()),
                scim.token());
        assertEquals("Carol Bulk", patched.json().path("displayName").asText(), patched.body());
        Reply group = http.get(scim.path() + "/Groups/" + id(operations.get(3)), scim.token());
        assertEquals(id(operations.get(1)), group.json().path("members").get(0).path("value").asText());
        assertEquals(0, usersNamed(dave), "the DELETE found dave by his bulkId");
        assertEquals(operations.get(2).path("location"), operations.get(5).path("location"));
        assertFalse(operations.get(5).has("version"), "a deleted resource has no version");
    }

    @Test
    void goesOnAfterErrorsUnlessFailOnErrorsIsReached() {
        String missing = "/Users/okta%7Cnobody%7C" + UUID.randomUUID();
        String erin = unique("erin");
        JsonNode all = operations(send(bulk(operation("DELETE", missing, null, null),
                operation("DELETE", missing, null, null), postUser("erin", erin, null))));
        assertEquals(List.of("404", "404", "201"), statuses(all), "RFC 7644 §3.7: as many changes as possible");
        JsonNode error = all.get(0).path("response");
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.path("schemas").get(0).asText());
        assertEquals("404", error.path("status").asText());
        assertTrue(all.get(0).path("location").asText().endsWith(missing), all.get(0).toString());

        String frank = unique("frank");
        JsonNode stopped = operations(send(bulkFailingOn(2, operation("DELETE", missing, null, null),
                postUser("again", erin, null), operation("DELETE", missing, null, null),
                postUser("frank", frank, null))));
        assertEquals(List.of("404", "409"), statuses(stopped), "nothing runs once two errors happened: " + stopped);
        assertEquals("uniqueness", stopped.get(1).path("response").path("scimType").asText());
        assertFalse(stopped.get(1).has("location"), "a failed POST has no location: " + stopped.get(1));
        assertEquals(0, usersNamed(frank));
    }

    @Test
    void aVersionThatIsNotTheResourcesOneFailsThatOperationWith412() {
        JsonNode created = operations(send(bulk(postUser("grace", unique("grace"), null))));
        String path = created.get(0).path("location").asText().substring((http.base() + scim.path()).length());
        String patch = """
                {"Operations":[{"op":"replace","path":"displayName","value":"Versioned"}]}""";
        JsonNode operations = operations(send(bulk(operation("PATCH", path, "W/\"7\"", patch),
                operation("PATCH", path, "W/\"1\"", patch), operation("DELETE", path, "W/\"1\"", null))));
        assertEquals(List.of("412", "200", "412"), statuses(operations), operations.toString());
        assertEquals("W/\"2\"", operations.get(1).path("version").asText());
        assertEquals("412", operations.get(0).path("response").path("status").asText());
    }

    @Test
    void eachOperationNeedsItsOwnScopeAndOnlyTheOneWithoutItIsRefused() {
        String token = scim.issueToken("post:users");
        String henry = unique("henry");
        JsonNode operations = operations(send(token, bulk(postUser("henry", henry, null),
                postGroup("group", unique("NoScope")), operation("DELETE", "/Users/bulkId:henry", null, null))));
        assertEquals(List.of("201", "403", "403"), statuses(operations), operations.toString());
        assertEquals(1, usersNamed(henry), "the DELETE without delete:users changed nothing");
        assertEquals("403", operations.get(1).path("response").path("status").asText());
    }

    @Test
    void advertisesItsLimitsAndAnswers413PastEither() {
        Reply config = http.get(scim.path() + "/ServiceProviderConfig", scim.token());
        JsonNode bulk = config.json().path("bulk");
        assertTrue(bulk.path("supported").asBoolean(), config.body());
        assertEquals(MAX_OPERATIONS, bulk.path("maxOperations").asInt());
        assertEquals(MAX_PAYLOAD_SIZE, bulk.path("maxPayloadSize").asInt());

        String ivan = unique("ivan");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= MAX_OPERATIONS; i++) {
            tooMany.add(postUser("u" + i, ivan + "-" + i, null));
        }
        Reply refused = send(bulk(tooMany.toArray(String[]::new)));
        assertScimError(refused, 413);
        assertTrue(refused.json().path("detail").asText().contains("maxOperations (" + MAX_OPERATIONS + ")"),
                refused.body());
        assertEquals(0, usersNamed(ivan + "-0"), "nothing of a refused request is applied");

        String large = postUser("big", unique("big"), "\"nickName\":\"" + "x".repeat(MAX_PAYLOAD_SIZE) + "\"");
        Reply tooLarge = send(bulk(large));
        assertScimError(tooLarge, 413);
        assertTrue(tooLarge.json().path("detail").asText().contains("maxPayloadSize of " + MAX_PAYLOAD_SIZE),
                tooLarge.body());
    }

    /**
     * RFC 7644 §3.7.1: the server tries to resolve circular references (users naming each other as manager: the
     * first is created without its manager, then completed), and where the resources refuse the result (a group
     * as a member) the operation is 409 and nothing of it stays; a reference nothing defines is 409 at once.
     */
    @Test
    void circularReferencesAreResolvedWhereTheResourcesAllowAndOtherwiseApplyNothing() {
        scim = ScimEndpoint.create(http, "waad", ALL_SCOPES); // Entra's default mapping keeps the manager
        String judy = unique("judy");
        String ken = unique("ken");
        String leo = unique("leo");
        JsonNode operations = operations(send(bulk(
                postGroup("orphans", unique("Orphans"), "bulkId:nobody"),
                postUser("judy", judy, "\"" + ENTERPRISE + "\":{\"department\":\"R&D\","
                        + "\"manager\":{\"value\":\"bulkId:ken\"}}"),
                postUser("ken", ken, "\"" + ENTERPRISE + "\":{\"manager\":{\"value\":\"bulkId:judy\"}}"),
                postUser("leo", leo, "\"" + ENTERPRISE + "\":{\"manager\":{\"value\":\"bulkId:judy\"}}"),
                postGroup("g1", unique("G1"), "bulkId:g2"),
                postGroup("g2", unique("G2"), "bulkId:g1"))));
        assertEquals(List.of("409", "201", "201", "201", "409", "400"), statuses(operations), operations.toString());
        assertTrue(operations.get(0).path("response").path("detail").asText().contains("nobody"),
                operations.get(0).toString());
        assertTrue(operations.get(4).path("response").path("detail").asText().contains("circular"),
                operations.get(4).toString());
        String judyId = id(operations.get(1));
        String kenId = id(operations.get(2));
        JsonNode judyUser = http.get(scim.path() + "/Users/" + encode(judyId), scim.token()).json();
        assertEquals(kenId, judyUser.path(ENTERPRISE).path("manager").path("value").asText(), judyUser.toString());
        assertEquals("R&D", judyUser.path(ENTERPRISE).path("department").asText(), "the rest was never dropped");
        assertEquals(judyUser.path("meta").path("version").asText(), operations.get(1).path("version").asText(),
                "the answer carries the version after the completion");
        JsonNode kenUser = http.get(scim.path() + "/Users/" + encode(kenId), scim.token()).json();
        assertEquals(judyId, kenUser.path(ENTERPRISE).path("manager").path("value").asText(), kenUser.toString());
        JsonNode leoUser = http.get(scim.path() + "/Users/" + encode(id(operations.get(3))), scim.token()).json();
        assertEquals(judyId, leoUser.path(ENTERPRISE).path("manager").path("value").asText(), leoUser.toString());
        Reply groups = http.get(scim.path() + "/Groups", scim.token());
        assertEquals(0, groups.json().path("totalResults").asInt(), "the group created to break its cycle is gone: "
                + groups.body());
    }

    @Test
    void refusesAMalformedRequestWholeWithTheScimErrorBody() {
        String mia = unique("mia");
        Reply notJson = send("{\"Operations\":[");
        assertScimError(notJson, 400);
        assertEquals("invalidSyntax", notJson.json().path("scimType").asText());
        Reply noMethod = send(bulk(postUser("mia", mia, null), "{\"path\":\"/Users/x\"}"));
        assertScimError(noMethod, 400);
        assertEquals("invalidSyntax", noMethod.json().path("scimType").asText());
        Reply unknownMethod = send(bulk(operation("GET", "/Users/x", null, null)));
        assertScimError(unknownMethod, 400);
        Reply unknownResource = send(bulk(operation("DELETE", "/Roles/x", null, null)));
        assertScimError(unknownResource, 400);
        assertEquals("invalidPath", unknownResource.json().path("scimType").asText());
        assertEquals(0, usersNamed(mia), "the valid operation beside a malformed one did not run");
        assertScimError(http.get(scim.path() + "/Bulk", scim.token()), 405);
        assertScimError(send("not-a-token", bulk(postUser("x", unique("x"), null))), 401);
    }

    @Test
    void eachOperationIsRateCountedLikeASingleRequest() {
        String configuration = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        Reply limited = http.send("PATCH", configuration, ADMIN,
                "{\"rate_limit\":{\"requests_per_second\":0.01,\"burst\":4}}", "application/json");
        assertEquals(200, limited.status(), limited.body());
        String prefix = unique("rate");
        JsonNode operations = operations(send(bulk(postUser("a", prefix + "-a", null),
                postUser("b", prefix + "-b", null), postUser("c", prefix + "-c", null),
                postUser("d", prefix + "-d", null))));
        // The bulk request itself took one token, as every request does before it is authenticated.
        assertEquals(List.of("201", "201", "201", "429"), statuses(operations), operations.toString());
        assertEquals("429", operations.get(3).path("response").path("status").asText());
        assertFalse(operations.get(3).has("location"), "refused before anything was created");
        assertScimError(http.get(scim.path() + "/Users", scim.token()), 429);
    }

    @Test
    void eachOperationIsLoggedLikeTheSingleRequestWithoutItsSecrets() {
        String nina = unique("nina");
        String missing = "/Users/okta%7Cnobody%7C" + UUID.randomUUID();
        JsonNode operations = operations(send(bulk(postUser("nina", nina, null),
                operation("DELETE", missing, null, null))));
        assertEquals(List.of("201", "404"), statuses(operations));
        // A failure's entry is written in the background by the node that answered (the success's with the change):
        // read through another node, it shows once that node's writer flushed.
        LogReceiver.await("both entries", () -> logs().toString().contains("\"DELETE Users\""));
        JsonNode logs = logs();
        JsonNode created = null;
        JsonNode failed = null;
        for (JsonNode entry : logs) {
            String operation = entry.path("details").path("operation").asText();
            if (operation.equals("POST Users")) {
                created = entry;
            } else if (operation.equals("DELETE Users")) {
                failed = entry;
            }
        }
        assertTrue(created != null && failed != null, logs.toString());
        assertEquals("sscim", created.path("type").asText());
        assertEquals(201, created.path("details").path("status").asInt());
        assertEquals(id(operations.get(0)), created.path("user_id").asText(), created.toString());
        assertEquals(nina, created.path("details").path("body").path("userName").asText(), created.toString());
        assertTrue(created.path("details").path("path").asText().endsWith(scim.path() + "/Users"), created.toString());
        assertEquals("fscim", failed.path("type").asText());
        assertEquals(404, failed.path("details").path("status").asInt());
        assertEquals(created.path("details").path("request_id"), failed.path("details").path("request_id"),
                "both carry the bulk request's id");
        assertFalse(logs.toString().contains("BulkS3cret!"), "no password reaches a log entry");
    }
}
