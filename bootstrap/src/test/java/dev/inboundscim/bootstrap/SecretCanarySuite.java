package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.adapter.in.http.AccessLog;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5, §7.3 and issue 13: a password, wherever a request carries it, and a token or secret reach neither the log
 * API, nor the server's log, nor any table or collection of the store. Canary values are sent through every SCIM
 * route and the Management API's writes, on success and on failure; then every place is searched for them.
 */
abstract class SecretCanarySuite extends RunningServerTest {

    private static final String ALL_SCOPES = "get:users post:users put:users patch:users delete:users get:groups "
            + "post:groups put:groups patch:groups delete:groups";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** Every text the store holds, row by row or document by document. */
    abstract List<String> everythingStored();

    /** The access log prints a line per request: it must not leak either (SPEC §7.3). */
    @Override
    Map<String, String> settings() {
        return Map.of("ACCESS_LOG", "true");
    }

    @Test
    void noPasswordTokenOrSecretReachesTheLogsTheServerLogOrTheStore() {
        String password = "CanaryPassword-" + UUID.randomUUID();
        String sinkSecret = "CanarySinkSecret-" + UUID.randomUUID();
        String filterValue = "CanaryFilterValue-" + UUID.randomUUID();
        ScimEndpoint endpoint;
        List<String> serverLog = new ArrayList<>();
        try (CapturedLog log = CapturedLog.start()) {
            endpoint = ScimEndpoint.create(http, "okta", ALL_SCOPES);
            exercise(endpoint, password, sinkSecret, filterValue);
            // Each record as logged, and as either format prints it (with the request id it was logged for).
            for (LogRecord record : log.records()) {
                serverLog.add(CapturedLog.text(record));
                serverLog.add(log.printed(record, LogFormat.TEXT));
                serverLog.add(log.printed(record, LogFormat.JSON));
            }
        }
        assertTrue(serverLog.stream().anyMatch(line -> line.contains("\"logger\":\"" + AccessLog.LOGGER + "\"")
                && line.contains("\"request_id\":\"req_")), "the requests were access-logged: " + serverLog.size());
        List<String> secrets = List.of(password, endpoint.token(), ADMIN, sinkSecret);

        String logs = http.get("/api/v2/logs?take=100&connection_id=" + endpoint.connectionId(), ADMIN).body();
        assertTrue(logs.contains("sscim") && logs.contains("fscim"), "the requests were logged: " + logs);
        assertNoneIn("the log API", secrets, List.of(logs, http.get("/api/v2/logs?take=100", ADMIN).body()));
        List<String> secretsAndFilterValues = new ArrayList<>(secrets);
        secretsAndFilterValues.add(filterValue);
        assertNoneIn("the server log", secretsAndFilterValues, serverLog);
        // The sink's own Authorization must be kept to call it; everything else must not be stored.
        assertNoneIn("the store", List.of(password, endpoint.token(), ADMIN), everythingStored());
    }

    private void exercise(ScimEndpoint endpoint, String password, String sinkSecret, String filterValue) {
        String users = endpoint.path() + "/Users";
        String token = endpoint.token();
        Reply created = http.post(users, token, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"canary@example.com",
                 "externalId":"canary","password":"%s","name":{"givenName":"Can","familyName":"Ary"},
                 "emails":[{"primary":true,"value":"canary@example.com"}],"active":true}""".formatted(password));
        assertEquals(201, created.status(), created.body());
        String user = users + "/" + ScimTestSupport.encode(created.json().path("id").asText());
        List<String> operations = List.of(
                "{\"op\":\"replace\",\"path\":\"password\",\"value\":\"" + password + "\"}",
                "{\"op\":\"add\",\"path\":\"PASSWORD\",\"value\":\"" + password + "\"}",
                "{\"op\":\"Replace\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:User:password\",\"value\":\""
                        + password + "\"}",
                "{\"op\":\"replace\",\"value\":{\"password\":\"" + password + "\",\"displayName\":\"Can Ary\"}}",
                "{\"op\":\"replace\",\"value\":{\"Password\":\"" + password + "\"}}");
        for (String operation : operations) {
            Reply patched = http.send("PATCH", user, token, patch(operation), "application/scim+json");
            assertEquals(200, patched.status(), patched.body());
        }
        // A PATCH that fails after naming the password: the failure's entry must not hold it either.
        Reply failed = http.send("PATCH", user, token, patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":\""
                + password + "\"}", "{\"op\":\"remove\",\"path\":\"emails[\"}"), "application/scim+json");
        assertEquals(400, failed.status(), failed.body());
        assertEquals(200, http.put(user, token, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"canary@example.com",
                 "externalId":"canary","password":"%s","active":true}""".formatted(password)).status());
        http.get(users + "?filter=" + ScimTestSupport.encode("password eq \"" + password + "\""), token);
        http.get(users + "?password=" + password + "&access_token=" + token, token);
        http.get(users + "?filter=" + ScimTestSupport.encode("userName eq \"" + filterValue + "\""), token);
        http.get(users + "?filter=" + ScimTestSupport.encode("userName eq \"" + filterValue), token);
        http.post(users + "/.search", token, "{\"filter\":\"emails[value co \\\"" + filterValue + "\\\"]\"}");
        http.get("/api/v2/logs?q=" + filterValue, ADMIN);
        http.post(users + "/.search", token, "{\"filter\":\"password eq \\\"" + password + "\\\"\"}");
        Reply group = http.post(endpoint.path() + "/Groups", token, "{\"schemas\":[\"urn:ietf:params:scim:schemas:"
                + "core:2.0:Group\"],\"displayName\":\"canaries\",\"password\":\"" + password + "\"}");
        assertEquals(201, group.status(), group.body());
        String groupPath = endpoint.path() + "/Groups/" + group.json().path("id").asText();
        http.put(groupPath, token, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"canaries\",\"members\":[],\"password\":\"" + password + "\"}");
        http.send("PATCH", groupPath, token, patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":\""
                + password + "\"}"), "application/scim+json");
        http.send("PATCH", groupPath, token, patch("{\"op\":\"replace\",\"value\":{\"displayName\":\"c\","
                + "\"password\":\"" + password + "\"}}"), "application/scim+json");
        http.post(endpoint.path() + "/.search", token, "{\"filter\":\"password eq \\\"" + password + "\\\"\"}");
        http.post(endpoint.path() + "/Groups/.search", token, "{\"filter\":\"displayName eq \\\"x\\\"\","
                + "\"password\":\"" + password + "\"}");
        http.get(users, password);
        http.get(users, token + "x");
        http.get(endpoint.path() + "/ServiceProviderConfig?token=" + token, token);
        http.send("DELETE", user, token, "{\"password\":\"" + password + "\"}", "application/scim+json");

        String connection = "/api/v2/connections/" + endpoint.connectionId();
        http.post("/api/v2/connections", ADMIN, "{\"name\":\"canary-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"strategy\":\"okta\",\"password\":\"" + password + "\"}");
        http.send("PATCH", connection, ADMIN, "{\"display_name\":\"x\",\"password\":\"" + password + "\"}",
                "application/json");
        http.send("PATCH", connection + "/scim-configuration", ADMIN, "{\"password\":\"" + password + "\"}",
                "application/json");
        http.post(connection + "/logins", ADMIN, "{\"claims\":{\"sub\":\"canary\",\"password\":\"" + password
                + "\"},\"session_id\":\"s1\",\"client_id\":\"c1\"}");
        http.post("/api/v2/clients", ADMIN, "{\"name\":\"canary\",\"client_secret\":\"" + password + "\"}");
        http.post("/api/v2/log-streams", ADMIN, "{\"name\":\"canary\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":"
                + "\"http://127.0.0.1:9/canary\",\"httpAuthorization\":\"Bearer " + sinkSecret + "\"}}");
        http.post("/api/v2/organizations", ADMIN, "{\"name\":\"canary-org\",\"password\":\"" + password + "\"}");
        http.post("/api/v2/users/" + ScimTestSupport.encode("okta|x|canary") + "/identities", ADMIN,
                "{\"provider\":\"okta\",\"user_id\":\"x\",\"password\":\"" + password + "\"}");
        http.get("/api/v2/users?q=" + password, ADMIN);
        http.get("/api/v2/connections", password);
        http.post(connection + "/scim-configuration/tokens", ADMIN, "{\"scopes\":[\"get:users\"]}");
    }

    private static String patch(String... operations) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + String.join(",", operations) + "]}";
    }

    private static void assertNoneIn(String where, List<String> secrets, List<String> texts) {
        List<String> leaks = new ArrayList<>();
        for (String text : texts) {
            for (String secret : secrets) {
                if (text != null && text.contains(secret)) {
                    leaks.add(text.length() > 300 ? text.substring(0, 300) + "…" : text);
                }
            }
        }
        assertEquals(List.of(), leaks, "secrets found in " + where);
    }
}
