package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.adapter.in.http.AccessLog;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.3 on a running server: request ids on every response, in log entries and in the server's log lines; the
 * access log; {@code /observe/info}.
 */
abstract class ObservabilitySuite extends RunningServerTest {

    private static final Pattern GENERATED = Pattern.compile("req_[A-Za-z0-9]{20}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    Map<String, String> settings() {
        return Map.of("ACCESS_LOG", "true");
    }

    @Test
    void everyResponseCarriesARequestIdOfItsOwn() throws IOException {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", "get:users");
        List<Reply> replies = List.of(
                http.get("/observe/health", null),
                http.get("/observe/info", null),
                http.get("/observe/metrics", null),
                http.get("/api/v2/connections", ADMIN),
                http.get("/api/v2/connections", "wrong"),
                http.get(endpoint.path() + "/Users", endpoint.token()),
                http.get(endpoint.path() + "/Users?filter=" + ScimTestSupport.encode("userName eq"), endpoint.token()),
                http.get(endpoint.path() + "/Users", null),
                http.get("/no/such/route", null));
        Set<String> ids = new HashSet<>();
        for (Reply reply : replies) {
            String id = reply.header("X-Request-Id");
            assertTrue(id != null && GENERATED.matcher(id).matches(),
                    reply.response().request().uri() + " answered " + reply.status() + " with request id " + id);
            ids.add(id);
        }
        assertEquals(replies.size(), ids.size(), "every request got an id of its own: " + ids);
        // Answered before routing (a header line without a colon): Helidon's direct handler.
        String head = rawHead("GET /api/v2/connections HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 400"), head);
        assertTrue(GENERATED.matcher(header(head, "X-Request-Id")).matches(), head);
    }

    @Test
    void aValidRequestIdFromTheClientIsKeptAndAnyOtherReplaced() {
        String longest = "a".repeat(128);
        for (String valid : List.of("abc", "trace-1.2_3:X", longest)) {
            assertEquals(valid, withRequestId(valid).header("X-Request-Id"));
        }
        for (String invalid : List.of(longest + "b", "a/b", "<img src=x>", "a b", "")) {
            String answered = withRequestId(invalid).header("X-Request-Id");
            assertTrue(GENERATED.matcher(answered).matches(), invalid + " was answered with " + answered);
        }
    }

    @Test
    void logEntriesKeepTheRequestIdOfTheRequestThatMadeThem() throws InterruptedException {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", "post:users delete:users get:users");
        String users = endpoint.path() + "/Users";
        Reply created = http.sendWithHeader("POST", users, endpoint.token(),
                ScimTestSupport.oktaUser("traced@example.com", "traced", "T", true), "X-Request-Id", "create-1");
        assertEquals(201, created.status(), created.body());
        Reply refused = http.sendWithHeader("POST", users, endpoint.token(), "{\"schemas\":[]}",
                "X-Request-Id", "refused-1");
        assertEquals(400, refused.status(), refused.body());
        String user = users + "/" + ScimTestSupport.encode(created.json().path("id").asText());
        assertEquals(204, http.sendWithHeader("DELETE", user, endpoint.token(), null, "X-Request-Id", "delete-1")
                .status());

        Map<String, String> expected = Map.of("POST Users 201", "create-1", "POST Users 400", "refused-1",
                "DELETE Users 204", "delete-1", "user.deleted", "delete-1");
        Map<String, String> found = awaitEntries(endpoint, expected.size());
        assertEquals(expected, found);
    }

    @Test
    void serverLogLinesCarryTheRequestIdInBothFormats() throws IOException, InterruptedException {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", "get:users");
        List<LogRecord> access = new ArrayList<>();
        CapturedLog captured;
        try (CapturedLog log = CapturedLog.start()) {
            captured = log;
            Reply reply = http.sendWithHeader("GET", endpoint.path() + "/Users?filter="
                    + ScimTestSupport.encode("userName eq \"AccessCanary\""), endpoint.token(), null,
                    "X-Request-Id", "access-1");
            assertEquals(200, reply.status(), reply.body());
            // The access line is written once the answer is out: the client may read it first.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (access.isEmpty() && System.nanoTime() < deadline) {
                for (LogRecord record : log.records()) {
                    if (AccessLog.LOGGER.equals(record.getLoggerName())
                            && CapturedLog.text(record).contains("access-1")) {
                        access.add(record);
                    }
                }
                Thread.sleep(20);
            }
        }
        assertEquals(1, access.size(), "one access line for the request");
        LogRecord line = access.getFirst();
        assertEquals("GET " + endpoint.path() + "/Users 200", CapturedLog.text(line).replaceAll(" \\d+ ms .*", ""));
        assertTrue(CapturedLog.text(line).endsWith(" connection=" + endpoint.connectionId() + " request_id=access-1"),
                CapturedLog.text(line));
        JsonNode json = JSON.readTree(captured.printed(line, LogFormat.JSON));
        assertEquals("access-1", json.path("request_id").asText());
        assertEquals("info", json.path("level").asText());
        assertEquals(AccessLog.LOGGER, json.path("logger").asText());
        assertFalse(json.path("message").asText().contains("AccessCanary"), json.toString());
        assertTrue(captured.printed(line, LogFormat.TEXT).contains("[access-1]"));
    }

    @Test
    void observeInfoTellsTheBuildTheStoreAndTheStart() {
        Instant before = Instant.now();
        Reply info = http.get("/observe/info", null);
        assertEquals(200, info.status(), info.body());
        assertEquals(System.getProperty("build.version"), info.json().path("version").asText());
        assertEquals(GitCommit.head().orElse("unknown"), info.json().path("commit").asText());
        assertEquals(persistence().kind(), info.json().path("store").asText());
        Instant started = Instant.parse(info.json().path("started_at").asText());
        assertTrue(!started.isAfter(before) && started.isAfter(before.minus(Duration.ofMinutes(10))),
                "started at " + started);
        assertNotEquals("", info.json().path("version").asText());
    }

    @Test
    void managementWritesAreAuditedWithoutTheirSecretsAndStreamedAsManagementEvents() throws Exception {
        try (LogReceiver receiver = new LogReceiver()) {
            Reply stream = http.sendWithHeader("POST", "/api/v2/log-streams", ADMIN, """
                    {"name":"audit-%s","type":"http","sink":{"httpEndpoint":"%s",
                     "httpAuthorization":"Bearer AuditSinkSecret","httpContentFormat":"JSONLINES"},
                     "filters":[{"type":"category","name":"management.event"}]}"""
                    .formatted(UUID.randomUUID(), receiver.url()), "X-Request-Id", "audit-stream");
            assertEquals(201, stream.status(), stream.body());
            String streamId = stream.json().path("id").asText();
            try {
                String name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
                Reply created = http.sendWithHeader("POST", "/api/v2/connections", ADMIN,
                        "{\"name\":\"" + name + "\",\"strategy\":\"okta\"}", "X-Request-Id", "audit-create");
                assertEquals(201, created.status(), created.body());
                String connection = created.json().path("id").asText();
                Reply refused = http.sendWithHeader("PATCH", "/api/v2/connections/" + connection, ADMIN,
                        "{\"strategy\":42,\"client_secret\":\"AuditCanary\"}", "X-Request-Id", "audit-refused");
                assertEquals(400, refused.status(), refused.body());

                JsonNode success = awaitEntry("sapi", "audit-create");
                assertEquals("POST /api/v2/connections", success.path("details").path("operation").asText());
                assertEquals(201, success.path("details").path("status").asInt());
                assertEquals(name, success.path("details").path("body").path("name").asText());
                assertEquals("127.0.0.1", success.path("ip").asText());
                JsonNode failure = awaitEntry("fapi", "audit-refused");
                assertEquals(connection, failure.path("connection_id").asText());
                assertEquals(400, failure.path("details").path("status").asInt());
                assertEquals("PATCH /api/v2/connections/{id}", failure.path("details").path("operation").asText());
                JsonNode streamEntry = awaitEntry("sapi", "audit-stream");
                String logs = http.get("/api/v2/logs?take=100&type=sapi", ADMIN).body()
                        + http.get("/api/v2/logs?take=100&type=fapi", ADMIN).body();
                assertFalse(logs.contains("AuditSinkSecret") || logs.contains("AuditCanary"), logs);
                assertTrue(streamEntry.path("details").path("body").path("sink").has("httpEndpoint"));

                LogReceiver.await("the audit entries streamed", () -> receiver.events().stream().anyMatch(e ->
                        "audit-refused".equals(e.path("data").path("details").path("request_id").asText())));
                assertTrue(receiver.events().stream().allMatch(e -> Set.of("sapi", "fapi")
                        .contains(e.path("data").path("type").asText())), "only management events are streamed");
            } finally {
                http.delete("/api/v2/log-streams/" + streamId, ADMIN);
            }
        }
    }

    @Test
    void writesWithoutTheAdminTokenAreAuditedAtMostOnceASecond() throws InterruptedException {
        Thread.sleep(1100);
        for (int i = 0; i < 5; i++) {
            Reply reply = http.sendWithHeader("POST", "/api/v2/connections", "not-the-admin-token",
                    "{\"name\":\"x\"}", "X-Request-Id", "anonymous-" + i);
            assertEquals(401, reply.status(), reply.body());
        }
        awaitEntry("fapi", "anonymous-0");
        Thread.sleep(200);
        JsonNode failures = http.get("/api/v2/logs?take=100&type=fapi", ADMIN).json();
        long anonymous = 0;
        for (JsonNode entry : failures) {
            if (entry.path("details").path("request_id").asText().startsWith("anonymous-")) {
                anonymous++;
            }
        }
        assertEquals(1, anonymous);
    }

    private JsonNode awaitEntry(String type, String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode entry : http.get("/api/v2/logs?take=100&type=" + type, ADMIN).json()) {
                if (requestId.equals(entry.path("details").path("request_id").asText())) {
                    return entry;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " entry of request " + requestId);
    }

    @Test
    void logsAreFilteredByUserStatusOperationRequestAndTimeAndPagedAsAuth0Does() throws InterruptedException {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", "post:users get:users");
        String users = endpoint.path() + "/Users";
        Instant start = Instant.now().minusSeconds(1);
        Reply created = http.sendWithHeader("POST", users, endpoint.token(),
                ScimTestSupport.oktaUser("paged@example.com", "paged", "P", true), "X-Request-Id", "paged-1");
        assertEquals(201, created.status(), created.body());
        String userId = created.json().path("id").asText();
        assertEquals(404, http.sendWithHeader("GET", users + "/" + UUID.randomUUID(), endpoint.token(), null,
                "X-Request-Id", "paged-2").status());
        awaitEntry("fscim", "paged-2");
        String logs = "/api/v2/logs?connection_id=" + endpoint.connectionId();

        assertEquals("paged-1", only(http.get(logs + "&request_id=paged-1", ADMIN)).path("details")
                .path("request_id").asText());
        assertEquals("paged-2", only(http.get(logs + "&status=404", ADMIN)).path("details").path("request_id")
                .asText());
        assertEquals("paged-1", only(http.get(logs + "&operation=" + ScimTestSupport.encode("POST Users"), ADMIN))
                .path("details").path("request_id").asText());
        assertEquals("paged-1", only(http.get(logs + "&user_id=" + ScimTestSupport.encode(userId)
                + "&type=sscim", ADMIN)).path("details").path("request_id").asText());
        assertEquals(0, http.get(logs + "&type=sscim&date_to=" + start, ADMIN).json().size());
        assertTrue(http.get(logs + "&date_from=" + start + "&type=sscim", ADMIN).json().size() >= 1);

        Reply page = http.get(logs + "&type=fscim&page=0&per_page=1&include_totals=true", ADMIN);
        assertEquals(200, page.status(), page.body());
        assertEquals(0, page.json().path("start").asInt());
        assertEquals(1, page.json().path("limit").asInt());
        assertEquals(1, page.json().path("length").asInt());
        assertEquals(1, page.json().path("total").asInt());
        assertEquals("paged-2", page.json().path("logs").path(0).path("details").path("request_id").asText());
        assertEquals(0, http.get(logs + "&type=fscim&page=1&per_page=1", ADMIN).json().size());

        for (String bad : List.of("&date_from=yesterday", "&page=0&from=x", "&per_page=101", "&include_totals=maybe",
                "&status=ok")) {
            Reply refused = http.get(logs + bad, ADMIN);
            assertEquals(400, refused.status(), bad + " -> " + refused.body());
        }
    }

    private static JsonNode only(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, reply.json().size(), reply.body());
        return reply.json().get(0);
    }

    private Reply withRequestId(String id) {
        return http.sendWithHeader("GET", "/api/v2/connections", ADMIN, null, "X-Request-Id", id);
    }

    /** Operation (or event type) → request id of the connection's entries, once {@code count} are written. */
    private Map<String, String> awaitEntries(ScimEndpoint endpoint, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<String, String> found = Map.of();
        while (System.nanoTime() < deadline) {
            JsonNode entries = http.get("/api/v2/logs?take=100&connection_id=" + endpoint.connectionId(), ADMIN)
                    .json();
            Map<String, String> now = new java.util.HashMap<>();
            for (JsonNode entry : entries) {
                if (entry.path("type").asText().endsWith("api")) {
                    continue;
                }
                JsonNode details = entry.path("details");
                String key = entry.path("type").asText().endsWith("scim")
                        ? details.path("operation").asText() + " " + details.path("status").asInt()
                        : entry.path("type").asText();
                now.put(key, details.path("request_id").asText(null));
            }
            found = now;
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(50);
        }
        return found;
    }

    private String rawHead(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String header(String head, String name) {
        Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(\\S+)\\s*$").matcher(head);
        return matcher.find() ? matcher.group(1) : "";
    }
}
