package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organizations with automatic membership, and account linking, over HTTP (SPEC §4–§5). */
abstract class OrganizationsAndLinkingSuite extends RunningServerTest {

    private ScimEndpoint scim;

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta", "get:users post:users delete:users");
    }

    private String organization(String prefix) {
        Reply created = http.post("/api/v2/organizations", ADMIN, "{\"name\":\"" + prefix + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"display_name\":\"Acme\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private void enable(String organization, String connectionId, boolean assign) {
        Reply enabled = http.post("/api/v2/organizations/" + organization + "/enabled_connections", ADMIN,
                "{\"connection_id\":\"" + connectionId + "\",\"assign_membership_on_login\":" + assign + "}");
        assertEquals(201, enabled.status(), enabled.body());
    }

    private String createUser(String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(name + "@example.com", name + "-ext", name, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private List<String> members(String organization) {
        Reply reply = http.get("/api/v2/organizations/" + organization + "/members?take=100", ADMIN);
        assertEquals(200, reply.status(), reply.body());
        List<String> ids = new ArrayList<>();
        reply.json().path("members").forEach(m -> ids.add(m.path("user_id").asText()));
        return ids;
    }

    private String plainConnection() {
        String name = "samlp-" + UUID.randomUUID().toString().substring(0, 8);
        Reply connection = http.post("/api/v2/connections", ADMIN, "{\"name\":\"" + name + "\",\"strategy\":\"samlp\"}");
        assertEquals(201, connection.status(), connection.body());
        return connection.json().path("id").asText();
    }

    @Test
    void managesOrganizationsInAuth0sShape() {
        String name = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = http.post("/api/v2/organizations", ADMIN, "{\"name\":\"" + name + "\",\"display_name\":\"A\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertTrue(id.matches("org_[A-Za-z0-9]{16}"), id);
        assertEquals(name, created.json().path("name").asText());
        assertEquals(409, http.post("/api/v2/organizations", ADMIN, "{\"name\":\"" + name + "\"}").status());
        for (String bad : new String[] {"{}", "{\"name\":\"Upper Case\"}", "{\"name\":\"-dash\"}"}) {
            assertEquals(400, http.post("/api/v2/organizations", ADMIN, bad).status(), bad);
        }
        assertEquals("A", http.get("/api/v2/organizations/" + id, ADMIN).json().path("display_name").asText());
        assertTrue(http.get("/api/v2/organizations", ADMIN).body().contains(id));

        enable(id, scim.connectionId(), true);
        enable(id, scim.connectionId(), false);
        JsonNode enabled = http.get("/api/v2/organizations/" + id + "/enabled_connections", ADMIN).json();
        assertEquals(1, enabled.size(), "enabling again reconfigures");
        assertFalse(enabled.get(0).path("assign_membership_on_login").asBoolean());
        assertEquals(404, http.post("/api/v2/organizations/" + id + "/enabled_connections", ADMIN,
                "{\"connection_id\":\"con_0000000000000000\"}").status());
        assertEquals(400, http.post("/api/v2/organizations/" + id + "/enabled_connections", ADMIN, "{}").status());

        assertEquals(204, http.delete("/api/v2/organizations/" + id, ADMIN).status());
        assertEquals(404, http.get("/api/v2/organizations/" + id, ADMIN).status());
        assertEquals(404, http.get("/api/v2/organizations/nope/members", ADMIN).status());
    }

    @Test
    void scimCreatedUsersJoinTheOrganizationsThatAssignTheirConnection() {
        String assigning = organization("assigning");
        String notAssigning = organization("manual");
        String earlier = createUser("before-enabling");
        enable(assigning, scim.connectionId(), true);
        enable(notAssigning, scim.connectionId(), false);

        String joined = createUser("joined");
        String other = createUser("other");

        assertEquals(List.of(joined, other).stream().sorted().toList(), members(assigning));
        assertEquals(List.of(), members(notAssigning));

        // A user created before the connection was enabled joins at its next login.
        assertEquals(200, http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN,
                "{\"claims\":{\"sub\":\"before-enabling-ext\"},\"session_id\":\"s-org\"}").status());
        assertTrue(members(assigning).contains(earlier));

        Reply firstPage = http.get("/api/v2/organizations/" + assigning + "/members?take=1", ADMIN);
        assertEquals(1, firstPage.json().path("members").size());
        String next = firstPage.json().path("next").asText();
        Reply secondPage = http.get("/api/v2/organizations/" + assigning + "/members?take=1&from=" + encode(next),
                ADMIN);
        assertEquals(1, secondPage.json().path("members").size());
        assertFalse(secondPage.json().path("members").get(0).path("user_id").asText()
                .equals(firstPage.json().path("members").get(0).path("user_id").asText()));
        // Members show their email (the test users' SCIM emails are all jane@example.com).
        assertEquals(List.of("jane@example.com", "jane@example.com", "jane@example.com"),
                http.get("/api/v2/organizations/" + assigning + "/members", ADMIN).json().path("members")
                        .findValues("email").stream().map(JsonNode::asText).toList());

        assertEquals(204, http.delete(scim.path() + "/Users/" + encode(joined), scim.token()).status());
        assertFalse(members(assigning).contains(joined), "a deleted user is no member");
    }

    @Test
    void linksASecondaryAccountIntoAScimProvisionedPrimary() {
        String primary = createUser("primary");
        String connectionId = plainConnection();
        Reply jit = http.post("/api/v2/connections/" + connectionId + "/logins", ADMIN,
                "{\"claims\":{\"sub\":\"secondary-1\",\"email\":\"s@example.com\"},\"session_id\":\"s-link\"}");
        assertEquals(200, jit.status(), jit.body());
        String secondary = jit.json().path("user_id").asText();

        Reply linked = http.post("/api/v2/users/" + encode(primary) + "/identities", ADMIN,
                "{\"provider\":\"samlp\",\"connection_id\":\"" + connectionId + "\",\"user_id\":\"secondary-1\"}");
        assertEquals(201, linked.status(), linked.body());
        assertEquals(2, linked.json().size(), linked.body());
        assertEquals("secondary-1", linked.json().get(1).path("user_id").asText());
        assertEquals(404, http.get("/api/v2/users/" + encode(secondary), ADMIN).status(), "the secondary is gone");
        assertEquals(2, http.get("/api/v2/users/" + encode(primary), ADMIN).json().path("identities").size());
        assertEquals(200, http.get(scim.path() + "/Users/" + encode(primary), scim.token()).status(),
                "the primary keeps its SCIM id");
    }

    @Test
    void refusesToLinkAScimProvisionedUserAsTheSecondary() {
        String primary = createUser("keeps");
        String scimUser = createUser("scim-secondary");

        Reply refused = http.post("/api/v2/users/" + encode(primary) + "/identities", ADMIN,
                "{\"user_id\":\"" + scimUser + "\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().path("message").asText().contains("SCIM"), refused.body());
        assertEquals(200, http.get("/api/v2/users/" + encode(scimUser), ADMIN).status(), "nothing changed");
        assertEquals(1, http.get("/api/v2/users/" + encode(primary), ADMIN).json().path("identities").size());

        assertEquals(400, http.post("/api/v2/users/" + encode(primary) + "/identities", ADMIN,
                "{\"user_id\":\"" + primary + "\"}").status(), "not with itself");
        assertEquals(400, http.post("/api/v2/users/" + encode(primary) + "/identities", ADMIN,
                "{\"user_id\":\"samlp|nowhere|x\"}").status(), "not with nobody");
        assertEquals(400, http.post("/api/v2/users/" + encode(primary) + "/identities", ADMIN, "{}").status());
        for (String body : List.of("{\"user_id\":\"" + "x".repeat(2000) + "\"}",
                "{\"user_id\":\"1\",\"connection_id\":\"not-a-connection\"}",
                "{\"user_id\":\"1\",\"connection_id\":\"con_AAAAAAAAAAAAAAAA\"}")) {
            Reply nobody = http.post("/api/v2/users/" + encode(primary) + "/identities", ADMIN, body);
            assertEquals(400, nobody.status(), "a secondary that cannot exist is the body's fault: " + nobody.body());
        }
        assertEquals(404, http.post("/api/v2/users/okta%7Cnobody%7Cx/identities", ADMIN,
                "{\"user_id\":\"" + scimUser + "\"}").status());
    }
}
