package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import dev.inboundscim.bootstrap.LogReceiver.Mode;
import dev.inboundscim.bootstrap.LogReceiver.Received;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Log streams over HTTP (SPEC §4–§5) with a real receiver on loopback: the Management API, delivery of what SCIM
 * requests log, each content format, the Authorization header, pausing, and suspension of a failing sink and its
 * recovery. The test server polls every 50 ms and suspends after 3 failures ({@link TestServer#TEST_LOG_STREAMS}).
 */
abstract class LogStreamsSuite extends RunningServerTest {

    private static final String STREAMS = "/api/v2/log-streams";

    private final List<String> streams = new ArrayList<>();
    private final List<LogReceiver> receivers = new ArrayList<>();
    private ScimEndpoint scim;

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta", "get:users post:users patch:users delete:users");
    }

    /** Streams collect every entry of the shared store: each test deletes its own. */
    @AfterEach
    void cleanUp() {
        streams.forEach(id -> http.delete(STREAMS + "/" + id, ADMIN));
        receivers.forEach(LogReceiver::close);
        streams.clear();
        receivers.clear();
    }

    private LogReceiver receiver() throws IOException {
        LogReceiver receiver = new LogReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private JsonNode createStream(String body) {
        Reply created = http.post(STREAMS, ADMIN, body);
        assertEquals(201, created.status(), created.body());
        streams.add(created.json().path("id").asText());
        return created.json();
    }

    private String stream(LogReceiver receiver, String format, String filters) {
        return createStream("""
                {"name":"siem-%s","type":"http","sink":{"httpEndpoint":"%s","httpAuthorization":"Bearer sink-secret",
                 "httpContentFormat":"%s"},"filters":%s}""".formatted(UUID.randomUUID(), receiver.url(), format,
                filters)).path("id").asText();
    }

    private String createUser(String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(name + "@example.com", name + "-ext", name, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private void deactivate(String userId) {
        Reply patched = http.send("PATCH", scim.path() + "/Users/" + ScimTestSupport.encode(userId), scim.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}",
                "application/scim+json");
        assertEquals(200, patched.status(), patched.body());
    }

    /** The log ids of the endpoint's connection, oldest first. */
    private List<String> loggedIds() {
        return loggedIds(List.of());
    }

    /**
     * The log ids of the endpoint's connection of {@code types} (empty: all but the Management API audit of the
     * endpoint's setup, which came before any stream of a test), oldest first.
     */
    private List<String> loggedIds(List<String> types) {
        Reply logs = http.get("/api/v2/logs?connection_id=" + scim.connectionId() + "&take=100", ADMIN);
        assertEquals(200, logs.status(), logs.body());
        List<String> ids = new ArrayList<>();
        logs.json().forEach(entry -> {
            String type = entry.path("type").asText();
            if (types.isEmpty() ? !type.equals("sapi") : types.contains(type)) {
                ids.addFirst(entry.path("log_id").asText());
            }
        });
        return ids;
    }

    private static List<JsonNode> withoutAudit(List<JsonNode> events) {
        return events.stream().filter(e -> !e.path("data").path("type").asText().equals("sapi")).toList();
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.path("log_id").asText()).toList();
    }

    private JsonNode get(String streamId) {
        Reply reply = http.get(STREAMS + "/" + streamId, ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void managesStreamsInAuth0sShapeWithoutEverShowingTheSinkSecret() throws IOException {
        LogReceiver receiver = receiver();
        Reply created = http.post(STREAMS, ADMIN, """
                {"name":"siem","type":"http","sink":{"httpEndpoint":"%s","httpAuthorization":"Bearer sink-secret",
                 "httpContentFormat":"JSONLINES"},"filters":[{"type":"category","name":"scim.event"}]}"""
                .formatted(receiver.url()));
        assertEquals(201, created.status(), created.body());
        JsonNode stream = created.json();
        String id = stream.path("id").asText();
        streams.add(id);
        assertTrue(id.matches("lst_[A-Za-z0-9]{16}"), id);
        assertEquals("siem", stream.path("name").asText());
        assertEquals("http", stream.path("type").asText());
        assertEquals("active", stream.path("status").asText());
        assertEquals(receiver.url(), stream.path("sink").path("httpEndpoint").asText());
        assertEquals("JSONLINES", stream.path("sink").path("httpContentFormat").asText());
        assertTrue(stream.path("sink").path("httpAuthorizationSet").asBoolean());
        assertEquals("scim.event", stream.path("filters").get(0).path("name").asText());
        assertFalse(created.body().contains("sink-secret"), created.body());

        Reply list = http.get(STREAMS, ADMIN);
        assertEquals(200, list.status());
        assertTrue(list.body().contains(id));
        assertFalse(list.body().contains("sink-secret"));
        assertEquals(stream.path("name"), get(id).path("name"));

        Reply paused = http.send("PATCH", STREAMS + "/" + id, ADMIN,
                "{\"name\":\"siem-2\",\"status\":\"paused\",\"filters\":[]}", "application/json");
        assertEquals(200, paused.status(), paused.body());
        assertEquals("paused", paused.json().path("status").asText());
        assertEquals("siem-2", paused.json().path("name").asText());
        assertEquals(0, paused.json().path("filters").size());
        assertEquals(receiver.url(), paused.json().path("sink").path("httpEndpoint").asText(), "sink kept");

        Reply deleted = http.delete(STREAMS + "/" + id, ADMIN);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, http.get(STREAMS + "/" + id, ADMIN).status());
        assertEquals(404, http.delete(STREAMS + "/" + id, ADMIN).status());
    }

    @Test
    void refusesWhatCannotBeAStream() throws IOException {
        String url = receiver().url();
        String[] invalid = {
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{}}",
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"ftp://example.com/x\"}}",
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"/relative\"}}",
            "{\"name\":\"x\",\"type\":\"eventbridge\",\"sink\":{\"httpEndpoint\":\"" + url + "\"}}",
            "{\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"" + url + "\"}}",
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"" + url
                    + "\",\"httpContentFormat\":\"XML\"}}",
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"" + url + "\"},"
                    + "\"filters\":[{\"type\":\"category\",\"name\":\"auth.login\"}]}",
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"" + url + "\"},"
                    + "\"filters\":[{\"type\":\"event\",\"name\":\"scim.event\"}]}",
            "{\"name\":\"x\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"" + url + "\","
                    + "\"httpAuthorization\":\"Bearer a\\r\\nX-Injected: 1\"}}",
            "{\"name\":\"x\",\"type\":\"http\",\"filters\":\"scim.event\",\"sink\":{\"httpEndpoint\":\"" + url + "\"}}",
            "[]",
        };
        for (String body : invalid) {
            Reply reply = http.post(STREAMS, ADMIN, body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals(400, reply.json().path("statusCode").asInt(), reply.body());
        }
        String id = stream(receivers.getFirst(), "JSONARRAY", "[]");
        Reply suspend = http.send("PATCH", STREAMS + "/" + id, ADMIN, "{\"status\":\"suspended\"}",
                "application/json");
        assertEquals(400, suspend.status(), suspend.body());
        assertEquals(404, http.get(STREAMS + "/lst_0000000000000000", ADMIN).status());
        assertEquals(404, http.get(STREAMS + "/nonsense", ADMIN).status());
        assertEquals(401, http.get(STREAMS, "wrong-token").status());
    }

    @Test
    void deliversWhatEveryScimRequestLogsWithTheSinksAuthorization() throws IOException {
        LogReceiver receiver = receiver();
        stream(receiver, "JSONARRAY", "[{\"type\":\"category\",\"name\":\"scim.event\"}]");

        String userId = createUser("ada");
        assertEquals(200, http.get(scim.path() + "/Users/" + ScimTestSupport.encode(userId), scim.token()).status());
        assertEquals(404, http.get(scim.path() + "/Users/okta%7Cnobody%7C1", scim.token()).status());
        deactivate(userId);
        assertEquals(204, http.delete(scim.path() + "/Users/" + ScimTestSupport.encode(userId), scim.token())
                .status());

        List<String> logged = loggedIds(List.of("sscim", "fscim"));
        assertEquals(5, logged.size(), logged.toString());
        assertEquals(7, loggedIds().size(), "and user.deactivated and user.deleted, which this stream does not want");
        await("the 5 entries", () -> receiver.eventsOf(scim.connectionId()).size() >= 5);
        List<JsonNode> events = receiver.eventsOf(scim.connectionId());
        assertEquals(5, events.size(), "each entry exactly once while the sink accepts");
        assertEquals(logged.stream().sorted().toList(), ids(events).stream().sorted().toList());
        // Writes are delivered in the order they happened.
        List<String> writes = events.stream().filter(e -> !e.path("data").path("details").path("method").asText()
                .equals("GET")).map(e -> e.path("data").path("details").path("method").asText()).toList();
        assertEquals(List.of("POST", "PATCH", "DELETE"), writes);
        JsonNode failure = events.stream().filter(e -> e.path("data").path("type").asText().equals("fscim"))
                .findFirst().orElseThrow();
        assertEquals(404, failure.path("data").path("details").path("status").asInt());
        assertEquals(userId, events.getFirst().path("data").path("user_id").asText());
        for (Received request : receiver.requests()) {
            assertEquals("Bearer sink-secret", request.authorization());
            assertTrue(request.contentType().startsWith("application/json"), request.contentType());
            assertTrue(request.body().startsWith("["), request.body());
            assertFalse(request.body().contains("Sup3rS3cret"), "passwords never leave in a log entry");
        }
    }

    @Test
    void jsonLinesAndJsonObjectFormats() throws IOException {
        LogReceiver lines = receiver();
        LogReceiver objects = receiver();
        stream(lines, "JSONLINES", "[]");
        stream(objects, "JSONOBJECT", "[]");

        String first = createUser("grace");
        String second = createUser("alan");
        deactivate(first);

        // Three requests and the deactivation's user.deactivated event: no filter, every entry.
        // Counted without the setup's audit entry, which may reach a new stream too and would end the wait early.
        await("4 entries as lines", () -> withoutAudit(lines.eventsOf(scim.connectionId())).size() >= 4);
        await("4 entries as objects", () -> withoutAudit(objects.eventsOf(scim.connectionId())).size() >= 4);
        List<String> expected = loggedIds();
        // Entries are routed when they are stored: the setup's audit (sapi), still queued, may reach a new stream.
        assertEquals(expected, ids(withoutAudit(lines.eventsOf(scim.connectionId()))));
        assertEquals(expected, ids(withoutAudit(objects.eventsOf(scim.connectionId()))));
        assertEquals(List.of(first, second, first, first), withoutAudit(objects.eventsOf(scim.connectionId())).stream()
                .map(e -> e.path("data").path("user_id").asText()).toList());
        for (Received request : objects.requests()) {
            JsonNode body = HttpClientSupport.JSON.readTree(request.body());
            assertTrue(body.isObject() && body.has("log_id") && body.has("data"), request.body());
        }
        assertTrue(lines.requests().stream().anyMatch(r -> r.body().trim().split("\n").length >= 1
                && r.body().trim().startsWith("{")));
    }

    @Test
    void aPausedStreamCollectsNothingUntilResumed() throws IOException {
        LogReceiver receiver = receiver();
        // SCIM entries only: the stream's own creation and pausing are audited (sapi) as they happen.
        String id = stream(receiver, "JSONARRAY", "[{\"type\":\"category\",\"name\":\"scim.event\"}]");
        assertEquals(200, http.send("PATCH", STREAMS + "/" + id, ADMIN, "{\"status\":\"paused\"}",
                "application/json").status());

        createUser("paused");
        assertEquals(0, get(id).path("delivery").path("pending").asInt());
        assertEquals(200, http.send("PATCH", STREAMS + "/" + id, ADMIN, "{\"status\":\"active\"}",
                "application/json").status());
        String resumed = createUser("resumed");

        await("the entry after resuming", () -> !receiver.eventsOf(scim.connectionId()).isEmpty());
        List<JsonNode> events = receiver.eventsOf(scim.connectionId());
        assertEquals(1, events.size());
        assertEquals(resumed, events.getFirst().path("data").path("user_id").asText());
    }

    @Test
    void aSinkThatKeepsFailingSuspendsTheStreamAndReactivatingDeliversTheBacklog() throws IOException {
        LogReceiver receiver = receiver();
        receiver.mode(Mode.FAIL);
        String id = stream(receiver, "JSONARRAY", "[]");

        createUser("backlog-1");
        createUser("backlog-2");

        await("suspension", () -> get(id).path("status").asText().equals("suspended"));
        JsonNode suspended = get(id);
        assertTrue(suspended.path("delivery").path("failures").asInt() >= 3, suspended.toString());
        assertTrue(suspended.path("delivery").path("last_error").asText().contains("503"), suspended.toString());
        assertTrue(suspended.path("delivery").path("pending").asInt() >= 2, suspended.toString());
        int attempts = receiver.requests().size();
        assertTrue(attempts >= 3, "retried before giving up: " + attempts);
        // Suspended: no more attempts.
        sleep(300);
        assertEquals(attempts, receiver.requests().size());

        receiver.mode(Mode.ACCEPT);
        Reply reactivated = http.send("PATCH", STREAMS + "/" + id, ADMIN, "{\"status\":\"active\"}",
                "application/json");
        assertEquals(200, reactivated.status(), reactivated.body());
        assertEquals(0, reactivated.json().path("delivery").path("failures").asInt());

        await("the backlog", () -> get(id).path("delivery").path("pending").asInt() == 0);
        List<String> delivered = receiver.requests().subList(attempts, receiver.requests().size()).stream()
                .flatMap(r -> LogReceiver.parse(r.body()).stream())
                .filter(e -> scim.connectionId().equals(e.path("data").path("connection_id").asText()))
                .filter(e -> !e.path("data").path("type").asText().equals("sapi"))
                .map(e -> e.path("log_id").asText()).toList();
        assertEquals(loggedIds(), delivered, "the backlog, once, in order");
        assertEquals("active", get(id).path("status").asText());
    }

    @Test
    void groupChangesBecomeGroupEventsInOrder() throws IOException {
        LogReceiver receiver = receiver();
        stream(receiver, "JSONLINES", "[{\"type\":\"category\",\"name\":\"group.event\"}]");
        scim = ScimEndpoint.create(http, "okta", "post:users get:groups post:groups put:groups patch:groups "
                + "delete:groups");
        String a = createUser("member-a");
        String b = createUser("member-b");
        String c = createUser("member-c");
        String groups = scim.path() + "/Groups";

        Reply created = http.post(groups, scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering",
                 "members":[{"value":"%s"}]}""".formatted(a));
        assertEquals(201, created.status(), created.body());
        String groupId = created.json().path("id").asText();
        String patchOp = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":";
        Reply moved = http.send("PATCH", groups + "/" + groupId, scim.token(), patchOp + """
                [{"op":"add","path":"members","value":[{"value":"%s"}]},
                 {"op":"remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(b, a), "application/scim+json");
        assertEquals(200, moved.status(), moved.body());
        Reply renamed = http.send("PATCH", groups + "/" + groupId, scim.token(), patchOp + """
                [{"op":"replace","value":{"id":"%s","displayName":"R&D"}}]}""".formatted(groupId),
                "application/scim+json");
        assertEquals(200, renamed.status(), renamed.body());
        Reply replaced = http.put(groups + "/" + groupId, scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"R&D",
                 "members":[{"value":"%s"}]}""".formatted(c));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(204, http.delete(groups + "/" + groupId, scim.token()).status());

        await("8 group events", () -> receiver.eventsOf(scim.connectionId()).size() >= 8);
        List<JsonNode> events = receiver.eventsOf(scim.connectionId());
        assertEquals(List.of("group.created", "group.member.added", "group.member.added", "group.member.deleted",
                "group.updated", "group.member.added", "group.member.deleted", "group.deleted"),
                events.stream().map(e -> e.path("data").path("type").asText()).toList(),
                "no sscim entries: the stream only wants group events");
        List<List<String>> members = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.path("data").path("type").asText().startsWith("group.member.")) {
                List<String> ids = new ArrayList<>();
                event.path("data").path("details").path("members").forEach(m -> ids.add(m.asText()));
                members.add(ids);
            }
        }
        assertEquals(List.of(List.of(a), List.of(b), List.of(a), List.of(c), List.of(b)), members);
        JsonNode rename = events.get(4).path("data");
        assertEquals("Engineering", rename.path("details").path("previous_display_name").asText());
        assertEquals("R&D", rename.path("details").path("display_name").asText());
        events.forEach(e -> assertEquals(groupId, e.path("data").path("details").path("group_id").asText()));
        assertEquals(b, events.get(2).path("data").path("user_id").asText(), "a one-member event names the user");

        Reply logged = http.get("/api/v2/logs?type=group.member.added&connection_id=" + scim.connectionId(), ADMIN);
        assertEquals(200, logged.status(), logged.body());
        assertEquals(3, logged.json().size(), "the events are log entries too");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
