package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.adapter.in.http.console.StaticAssets;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Setup tickets (SPEC §8): the identity admin creates one, the customer's IT admin opens its URL with no other
 * credential, reads the endpoint, creates and rotates the ticket's token and sees the connection's last SCIM
 * requests; the ticket opens nothing else, and a revoked or expired one is 404.
 */
abstract class SetupTicketsSuite extends RunningServerTest {

    @Override
    Map<String, String> settings() {
        return Map.of("ACCESS_LOG", "true");
    }

    private Reply ticketApi(String method, String call, String secret) {
        return http.sendWithHeaders(method, "/setup/api/" + call, null, null,
                secret == null ? Map.of() : Map.of("Authorization", "Bearer " + secret));
    }

    private static String secretOf(JsonNode created) {
        String url = created.path("ticket_url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void theItAdminSetsUpTheEndpointWithTheTicketAlone() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        String tickets = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/setup-tickets";
        Instant before = Instant.now();
        Reply created = http.post(tickets, ADMIN, "{\"scopes\":[\"get:users\",\"post:users\"],"
                + "\"token_lifetime\":86400}");
        assertEquals(201, created.status(), created.body());
        JsonNode ticket = created.json();
        String secret = secretOf(ticket);
        assertEquals(http.base() + "/setup/" + secret, ticket.path("ticket_url").asText());
        assertTrue(secret.matches("stk_[A-Za-z0-9]{16}\\.[0-9a-f]{64}"), secret);
        assertEquals(secret.substring(0, 20), ticket.path("ticket_id").asText());
        Instant expires = Instant.parse(ticket.path("expires_at").asText());
        assertTrue(!expires.isBefore(before.plus(Duration.ofSeconds(432_000)).minusSeconds(5))
                && expires.isBefore(Instant.now().plus(Duration.ofSeconds(432_001))), "five days by default");

        JsonNode listed = http.get(tickets, ADMIN).json();
        assertEquals(1, listed.size());
        assertFalse(listed.get(0).has("ticket_url"), "the URL is shown once: " + listed);
        assertFalse(listed.toString().contains(secret.substring(21)), "no listing holds the secret");

        Reply page = http.get("/setup/" + secret, null);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertEquals(StaticAssets.CONTENT_SECURITY_POLICY, page.header("Content-Security-Policy"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertEquals(200, http.get("/setup/setup.js", null).status());

        JsonNode view = ticketApi("GET", "ticket", secret).json();
        assertEquals(http.base() + "/scim/v2/connections/" + scim.connectionId(), view.path("scim_endpoint").asText());
        assertEquals(scim.connectionName(), view.path("connection").path("name").asText());
        assertEquals(List.of("get:users", "post:users"), strings(view.path("scopes")));
        assertTrue(view.path("token").isNull(), "no token issued here yet");

        Reply issued = ticketApi("POST", "token", secret);
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().path("token").asText();
        assertEquals(List.of("get:users", "post:users"), strings(issued.json().path("scopes")));
        assertTrue(issued.json().has("valid_until"), "the ticket's token lifetime: " + issued.body());
        Reply user = http.post(scim.path() + "/Users", token, oktaUser("it@x.com", "it1", "I", true));
        assertEquals(201, user.status(), user.body());
        assertEquals(issued.json().path("token_id").asText(),
                ticketApi("GET", "ticket", secret).json().path("token").path("token_id").asText());

        Reply rotated = ticketApi("POST", "token", secret);
        assertEquals(201, rotated.status(), rotated.body());
        String next = rotated.json().path("token").asText();
        assertNotEquals(token, next);
        assertEquals(401, http.get(scim.path() + "/Users", token).status(),
                "the rotated-out token stops (at once on the node that rotated it)");
        assertEquals(200, http.get(scim.path() + "/Users", next).status());

        LogReceiver.await("the SCIM requests listed", () -> ticketApi("GET", "requests", secret).json()
                .path("requests").size() >= 3);
        JsonNode requests = ticketApi("GET", "requests", secret).json().path("requests");
        assertTrue(requests.size() <= 50);
        for (JsonNode request : requests) {
            assertEquals(List.of("date", "type", "status", "operation"), fieldNames(request), "no bodies: " + request);
        }
        assertTrue(requests.toString().contains("\"status\":401") && requests.toString().contains("\"status\":201"),
                requests.toString());
    }

    @Test
    void aTicketOpensNothingElse() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        ScimEndpoint other = ScimEndpoint.create(http, "okta", "get:users");
        String secret = secretOf(http.post("/api/v2/connections/" + scim.connectionId()
                + "/scim-configuration/setup-tickets", ADMIN, "{}").json());

        assertEquals(401, http.get("/api/v2/connections", secret).status(), "not the Management API");
        assertEquals(401, http.get("/api/v2/connections/" + scim.connectionId(), secret).status());
        assertEquals(401, http.get(scim.path() + "/Users", secret).status(), "not a SCIM token");
        String token = ticketApi("POST", "token", secret).json().path("token").asText();
        assertEquals(401, http.get(other.path() + "/Users", token).status(), "its token is for its connection only");
        assertEquals(200, http.get(scim.path() + "/Users", token).status());

        assertEquals(401, ticketApi("GET", "ticket", null).status(), "the API needs the secret");
        String wrong = secret.substring(0, 21) + "0".repeat(64);
        for (String guess : List.of(wrong, "stk_x", secret.toUpperCase(), scim.token())) {
            assertEquals(404, ticketApi("GET", "ticket", guess).status(), guess);
            assertEquals(404, http.get("/setup/" + guess, null).status(), guess);
        }
    }

    @Test
    void aRevokedTicketIsGoneButItsTokenStays() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        String tickets = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/setup-tickets";
        JsonNode ticket = http.post(tickets, ADMIN, "{\"ttl_sec\":300}").json();
        String secret = secretOf(ticket);
        String token = ticketApi("POST", "token", secret).json().path("token").asText();

        assertEquals(404, http.delete(tickets + "/stk_AAAAAAAAAAAAAAAA", ADMIN).status());
        assertEquals(204, http.delete(tickets + "/" + ticket.path("ticket_id").asText(), ADMIN).status());

        assertEquals(404, http.get("/setup/" + secret, null).status());
        assertEquals(404, ticketApi("GET", "ticket", secret).status());
        assertEquals(404, ticketApi("POST", "token", secret).status());
        assertEquals(404, ticketApi("GET", "requests", secret).status());
        assertEquals(0, http.get(tickets, ADMIN).json().size());
        assertEquals(200, http.get(scim.path() + "/Users", token).status(), "what it issued keeps working");
    }

    @Test
    void badTicketsAreRefusedAndATicketNeedsTheScimEndpoint() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        String tickets = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/setup-tickets";
        for (String body : List.of("{\"ttl_sec\":299}", "{\"ttl_sec\":604801}", "{\"scopes\":[]}",
                "{\"scopes\":[\"get:user\"]}", "{\"token_lifetime\":60}", "{\"colour\":\"blue\"}", "[]")) {
            Reply refused = http.post(tickets, ADMIN, body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
        }
        assertEquals(0, http.get(tickets, ADMIN).json().size(), "nothing was stored");

        String connection = http.post("/api/v2/connections", ADMIN, "{\"name\":\"noscim-"
                + scim.connectionId().substring(4, 12).toLowerCase() + "\",\"strategy\":\"okta\"}").json()
                .path("id").asText();
        assertEquals(404, http.post("/api/v2/connections/" + connection + "/scim-configuration/setup-tickets",
                ADMIN, "{}").status(), "no SCIM configuration, no ticket");
    }

    @Test
    void theSecretNeverReachesTheServerLog() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        List<String> lines = new ArrayList<>();
        String secret;
        try (ServerLog log = serverLog()) {
            secret = secretOf(http.post("/api/v2/connections/" + scim.connectionId()
                    + "/scim-configuration/setup-tickets", ADMIN, "{}").json());
            http.get("/setup/" + secret, null);
            ticketApi("GET", "ticket", secret);
            ticketApi("POST", "token", secret);
            http.get("/setup/" + secret.substring(0, 30), null);
            lines.addAll(log.lines());
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("/setup/…")), "the page was access-logged: " + lines);
        String random = secret.substring(21);
        assertTrue(lines.stream().noneMatch(line -> line.contains(random) || line.contains(random.substring(0, 9))),
                "no line holds the secret");
        JsonNode entries = http.get("/api/v2/logs?connection_id=" + scim.connectionId() + "&take=100", ADMIN).json();
        assertFalse(entries.toString().contains(random), "no log entry holds it either");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
