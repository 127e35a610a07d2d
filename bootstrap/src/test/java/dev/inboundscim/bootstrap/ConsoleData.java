package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Something for the console to show, set up as an operator and an IdP would: an okta connection with SCIM on and a
 * token (through the Management API), two users and a group holding the first (through its SCIM endpoint).
 *
 * @param marker a word in both users' userName, so a search finds exactly them
 */
record ConsoleData(ScimEndpoint scim, String displayName, String marker, List<String> userIds, String groupId,
                   String groupName) {

    static final String ADMIN = TestServer.ADMIN_TOKEN;
    /** The most members a SCIM request may name. */
    private static final int MEMBERS_A_REQUEST = 20;

    static ConsoleData create(HttpClientSupport http, String displayName, String givenName) {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ObjectNode connection = HttpClientSupport.JSON.createObjectNode().put("name", "okta-" + marker)
                .put("strategy", "okta").put("display_name", displayName);
        Reply created = http.post("/api/v2/connections", ADMIN, connection.toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        Reply configuration = http.post("/api/v2/connections/" + id + "/scim-configuration", ADMIN, "{}");
        assertEquals(201, configuration.status(), configuration.body());
        ScimEndpoint endpoint = new ScimEndpoint(http, ADMIN, id, "okta-" + marker, null);
        ScimEndpoint scim = new ScimEndpoint(http, ADMIN, id, endpoint.connectionName(), endpoint.issueToken(
                "get:users post:users put:users patch:users delete:users get:groups post:groups put:groups "
                        + "patch:groups delete:groups"));
        List<String> users = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            users.add(createUser(scim, marker + "-" + i + "@example.com", givenName));
        }
        String groupName = "Group " + marker;
        return new ConsoleData(scim, displayName, marker, List.copyOf(users), createGroup(scim, groupName,
                users.getFirst()), groupName);
    }

    /** Creates a user through SCIM as an IdP would; its id. */
    static String createUser(ScimEndpoint scim, String userName, String givenName) {
        ObjectNode user = HttpClientSupport.JSON.createObjectNode();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
        user.put("userName", userName).put("externalId", "ext-" + userName).put("displayName", givenName + " Doe")
                .put("active", true);
        user.putObject("name").put("givenName", givenName).put("familyName", "Doe");
        user.putArray("emails").addObject().put("primary", true).put("value", userName).put("type", "work");
        Reply reply = scim.http().post(scim.path() + "/Users", scim.token(), user.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().path("id").asText();
    }

    /** Creates a group through SCIM with one member; its id. */
    static String createGroup(ScimEndpoint scim, String displayName, String memberId) {
        return createGroup(scim, displayName, List.of(memberId));
    }

    /**
     * Creates a group through SCIM with these members, as an IdP does: the first 20 (as many as a request may name)
     * in the POST, the others added by PATCH, 20 at a time; its id.
     */
    static String createGroup(ScimEndpoint scim, String displayName, List<String> memberIds) {
        ObjectNode group = HttpClientSupport.JSON.createObjectNode();
        group.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
        group.put("displayName", displayName);
        ArrayNode members = group.putArray("members");
        memberIds.stream().limit(MEMBERS_A_REQUEST).forEach(id -> members.addObject().put("value", id));
        Reply reply = scim.http().post(scim.path() + "/Groups", scim.token(), group.toString());
        assertEquals(201, reply.status(), reply.body());
        String id = reply.json().path("id").asText();
        for (int from = MEMBERS_A_REQUEST; from < memberIds.size(); from += MEMBERS_A_REQUEST) {
            ObjectNode patch = HttpClientSupport.JSON.createObjectNode();
            patch.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:PatchOp");
            ArrayNode added = patch.putArray("Operations").addObject().put("op", "add").put("path", "members")
                    .putArray("value");
            memberIds.subList(from, Math.min(from + MEMBERS_A_REQUEST, memberIds.size()))
                    .forEach(member -> added.addObject().put("value", member));
            Reply patched = scim.http().send("PATCH", scim.path() + "/Groups/" + id, scim.token(), patch.toString(),
                    "application/scim+json");
            assertTrue(patched.status() == 200 || patched.status() == 204, patched.status() + " " + patched.body());
        }
        return id;
    }

    String connectionId() {
        return scim.connectionId();
    }
}
