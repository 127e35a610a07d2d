package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roles, assignments and effective roles over HTTP (SPEC §12), on each store. */
abstract class RolesSuite extends RunningServerTest {

    private ScimEndpoint scim;

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta", "get:users post:users put:users patch:users delete:users "
                + "get:groups post:groups patch:groups delete:groups");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String role(String name, String description) {
        Reply created = http.post("/api/v2/roles", ADMIN, description == null ? "{\"name\":\"" + name + "\"}"
                : "{\"name\":\"" + name + "\",\"description\":\"" + description + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private String user(String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(), oktaUser(name + "@example.com",
                name + "-ext", name, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private String group(String name, String... members) {
        StringBuilder list = new StringBuilder();
        for (String member : members) {
            list.append(list.isEmpty() ? "" : ",").append("{\"value\":\"").append(member).append("\"}");
        }
        Reply created = http.post(scim.path() + "/Groups", scim.token(), "{\"schemas\":"
                + "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" + name + "\",\"members\":["
                + list + "]}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply change(String method, String path, String... roles) {
        return http.send(method, path, ADMIN, "{\"roles\":[\"" + String.join("\",\"", roles) + "\"]}",
                "application/json");
    }

    private void assign(String path, String... roles) {
        Reply reply = change("POST", path, roles);
        assertEquals(204, reply.status(), reply.body());
    }

    /** The effective view: role id → sources. */
    private Map<String, List<String>> effective(String path) {
        Reply reply = http.get(path, ADMIN);
        assertEquals(200, reply.status(), reply.body());
        Map<String, List<String>> view = new LinkedHashMap<>();
        reply.json().forEach(r -> view.put(r.path("id").asText(), StreamSupport.stream(r.path("sources")
                .spliterator(), false).map(JsonNode::asText).toList()));
        return view;
    }

    private static String userRoles(String userId) {
        return "/api/v2/users/" + encode(userId) + "/roles";
    }

    @Test
    void managesRolesInAuth0sShapeWithUniqueNamesIgnoringCase() {
        String name = unique("Admin");
        Reply created = http.post("/api/v2/roles", ADMIN, "{\"name\":\"" + name + "\",\"description\":\"All\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertTrue(id.matches("rol_[A-Za-z0-9]{16}"), id);
        assertEquals(name, created.json().path("name").asText());
        Reply taken = http.post("/api/v2/roles", ADMIN, "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertEquals(409, taken.status(), taken.body());
        assertEquals(409, taken.json().path("statusCode").asInt());
        for (String bad : new String[] {"{}", "{\"name\":\"\"}", "{\"name\":\"" + "x".repeat(129) + "\"}",
                "{\"name\":\"ok\",\"unknown\":1}"}) {
            assertEquals(400, http.post("/api/v2/roles", ADMIN, bad).status(), bad);
        }
        Reply renamed = http.send("PATCH", "/api/v2/roles/" + id, ADMIN, "{\"description\":\"Everything\"}",
                "application/json");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Everything", http.get("/api/v2/roles/" + id, ADMIN).json().path("description").asText());
        Reply page = http.get("/api/v2/roles?per_page=1&page=0&include_totals=true", ADMIN);
        assertEquals(200, page.status(), page.body());
        assertEquals(1, page.json().path("roles").size());
        assertTrue(page.json().path("total").asLong() >= 1);

        assertEquals(204, http.delete("/api/v2/roles/" + id, ADMIN).status());
        assertEquals(404, http.get("/api/v2/roles/" + id, ADMIN).status());
        assertEquals(404, http.get("/api/v2/roles/nope", ADMIN).status());
    }

    @Test
    void membersInheritTheirGroupsRolesAndLoseThemWhenAScimPatchRemovesThem() {
        String ada = user(unique("ada"));
        String bob = user(unique("bob"));
        String engineers = group(unique("Engineers"), ada, bob);
        String admin = role(unique("admin"), null);
        String viewer = role(unique("viewer"), "Reads");

        assign(userRoles(ada), admin);
        assign("/api/v2/groups/" + engineers + "/roles", admin, viewer);
        assign("/api/v2/groups/" + engineers + "/roles", viewer);

        assertEquals(Map.of(admin, List.of("direct", "group:" + engineers), viewer, List.of("group:" + engineers)),
                effective(userRoles(ada)));
        assertEquals(2, http.get("/api/v2/groups/" + engineers + "/roles", ADMIN).json().size());

        Reply patched = http.send("PATCH", scim.path() + "/Groups/" + engineers, scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(ada),
                "application/scim+json");
        assertTrue(patched.status() == 200 || patched.status() == 204, patched.body());

        assertEquals(Map.of(admin, List.of("direct")), effective(userRoles(ada)));
        assertEquals(Map.of(admin, List.of("group:" + engineers), viewer, List.of("group:" + engineers)),
                effective(userRoles(bob)));

        Reply removed = change("DELETE", "/api/v2/groups/" + engineers + "/roles", viewer);
        assertEquals(204, removed.status(), removed.body());
        assertEquals(Map.of(admin, List.of("group:" + engineers)), effective(userRoles(bob)));
    }

    @Test
    void unknownRolesAndTargetsAre404AndAnEmptyListIs400() {
        String ada = user(unique("ada"));
        String admin = role(unique("admin"), null);
        assertEquals(404, change("POST", userRoles(ada), "rol_0000000000000000").status());
        assertEquals(404, change("POST", userRoles(ada), "not-a-role").status());
        assertEquals(404, change("POST", "/api/v2/groups/grp_0000000000000000/roles", admin).status());
        assertEquals(404, change("POST", userRoles("okta|nobody|x"), admin).status());
        assertEquals(404, http.get(userRoles("okta|nobody|x"), ADMIN).status());
        assertEquals(400, http.post(userRoles(ada), ADMIN, "{\"roles\":[]}").status());
        assertEquals(400, http.post(userRoles(ada), ADMIN, "{\"roles\":[\"" + admin + "\"],\"x\":1}").status());
        assertEquals(Map.of(), effective(userRoles(ada)), "nothing was assigned");
    }

    @Test
    void deletingARoleRemovesItsAssignments() {
        String ada = user(unique("ada"));
        String engineers = group(unique("Engineers"), ada);
        String doomed = role(unique("doomed"), null);
        assign(userRoles(ada), doomed);
        assign("/api/v2/groups/" + engineers + "/roles", doomed);

        assertEquals(204, http.delete("/api/v2/roles/" + doomed, ADMIN).status());

        assertEquals(Map.of(), effective(userRoles(ada)));
        assertEquals(0, http.get("/api/v2/groups/" + engineers + "/roles", ADMIN).json().size());
    }

    @Test
    void organizationGroupsGiveRolesInsideTheirOrganizationOnly() {
        Reply org = http.post("/api/v2/organizations", ADMIN, "{\"name\":\"" + unique("acme") + "\"}");
        assertEquals(201, org.status(), org.body());
        String orgId = org.json().path("id").asText();
        String groupPath = "/api/v2/organizations/" + orgId + "/groups/";
        String ada = user(unique("ada"));
        String engineers = group(unique("Engineers"), ada);
        String billing = role(unique("billing"), null);

        assertEquals(400, change("POST", groupPath + engineers + "/roles", billing).status(),
                "the group's connection is not enabled on the organization");
        assertEquals(201, http.post("/api/v2/organizations/" + orgId + "/enabled_connections", ADMIN,
                "{\"connection_id\":\"" + scim.connectionId() + "\",\"assign_membership_on_login\":true}").status());
        assign(groupPath + engineers + "/roles", billing);
        assertEquals(1, http.get(groupPath + engineers + "/roles", ADMIN).json().size());

        String memberRoles = "/api/v2/organizations/" + orgId + "/members/" + encode(ada) + "/roles";
        assertEquals(404, http.get(memberRoles, ADMIN).status(), "not a member yet");
        Reply login = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN,
                "{\"claims\":{\"sub\":\"" + ada.substring(ada.lastIndexOf('|') + 1) + "\"},\"session_id\":\"s1\"}");
        assertEquals(200, login.status(), login.body());

        assertEquals(Map.of(billing, List.of("group:" + engineers)), effective(memberRoles));
        assertEquals(Map.of(), effective(userRoles(ada)), "organization roles are not tenant roles");
        JsonNode organizations = login.json().path("organizations");
        assertEquals(1, organizations.size(), login.body());
        assertEquals(orgId, organizations.get(0).path("id").asText());
        assertEquals(billing, organizations.get(0).path("roles").get(0).path("id").asText());
        assertEquals(0, login.json().path("roles").size());
    }

    @Test
    void loginsAnswerWithTheRolesHeldAtThatMoment() {
        String ada = user(unique("ada"));
        String engineers = group(unique("Engineers"), ada);
        String admin = role(unique("admin"), null);
        String viewer = role(unique("viewer"), null);
        assign(userRoles(ada), viewer);
        assign("/api/v2/groups/" + engineers + "/roles", admin);
        String login = "{\"claims\":{\"sub\":\"" + ada.substring(ada.lastIndexOf('|') + 1)
                + "\"},\"session_id\":\"s2\"}";

        Reply first = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, login);
        assertEquals(200, first.status(), first.body());
        assertEquals(ada, first.json().path("user_id").asText());
        assertEquals(Map.of(admin, List.of("group:" + engineers), viewer, List.of("direct")),
                sources(first.json().path("roles")));
        assertEquals(0, first.json().path("organizations").size());

        Reply patched = http.send("PATCH", scim.path() + "/Groups/" + engineers, scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(ada),
                "application/scim+json");
        assertTrue(patched.status() == 200 || patched.status() == 204, patched.body());
        Reply next = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, login);
        assertEquals(Map.of(viewer, List.of("direct")), sources(next.json().path("roles")));
    }

    @Test
    void identityProvidersReadRolesFromTheScimEndpoint() {
        String tag = unique("imp").toLowerCase();
        String reader = role("Reader-" + tag, null);
        String writer = role("Writer-" + tag, "Writes " + tag);
        String roles = scim.path() + "/Roles";

        Reply all = http.get(roles + "?filter=" + encode("value co \"" + tag + "\""), scim.token());
        assertEquals(200, all.status(), all.body());
        assertEquals(2, all.json().path("totalResults").asInt());
        JsonNode first = all.json().path("Resources").get(0);
        assertEquals(reader, first.path("id").asText());
        assertEquals("Reader-" + tag, first.path("value").asText());
        assertEquals("Reader-" + tag, first.path("display").asText(), "no description: the name");
        assertEquals("role", first.path("type").asText());
        assertTrue(first.path("enabled").asBoolean());
        assertEquals("urn:ietf:params:scim:schemas:extension:2.0:Role", first.path("schemas").get(0).asText());

        Reply second = http.get(roles + "?startIndex=2&count=1&filter=" + encode("value co \"" + tag + "\""),
                scim.token());
        assertEquals(2, second.json().path("startIndex").asInt());
        assertEquals(1, second.json().path("itemsPerPage").asInt());
        assertEquals(writer, second.json().path("Resources").get(0).path("id").asText());
        assertEquals(writer, http.get(roles + "?filter=" + encode("display sw \"WRITES " + tag + "\""),
                scim.token()).json().path("Resources").get(0).path("id").asText());
        assertEquals(reader, http.get(roles + "?filter=" + encode("value eq \"reader-" + tag + "\""),
                scim.token()).json().path("Resources").get(0).path("id").asText());
        Reply unsupported = http.get(roles + "?filter=" + encode("value ne \"x\""), scim.token());
        assertEquals(400, unsupported.status());
        assertEquals("invalidFilter", unsupported.json().path("scimType").asText());

        Reply one = http.get(roles + "/" + writer, scim.token());
        assertEquals(200, one.status(), one.body());
        assertEquals("Writes " + tag, one.json().path("display").asText());
        assertEquals(404, http.get(roles + "/rol_0000000000000000", scim.token()).status());
        assertEquals(405, http.post(roles, scim.token(), "{\"value\":\"x\"}").status());
        assertEquals(405, http.delete(roles + "/" + writer, scim.token()).status());

        ScimEndpoint groupsOnly = ScimEndpoint.create(http, "okta", "get:groups");
        assertEquals(403, http.get(groupsOnly.path() + "/Roles", groupsOnly.token()).status());

        assertTrue(http.get(scim.path() + "/ResourceTypes", scim.token()).body().contains("\"/Roles\""));
        Reply schema = http.get(scim.path() + "/Schemas/urn:ietf:params:scim:schemas:extension:2.0:Role",
                scim.token());
        assertEquals(200, schema.status(), schema.body());
        assertEquals(4, schema.json().path("attributes").size());
    }

    @Test
    void scimRolesBecomeExactlyTheMappedRolesInEveryDialectWithoutTouchingOthers() {
        String admin = role(unique("admin"), null);
        String viewer = role(unique("viewer"), null);
        String configuration = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        String roleMapping = "[{\"value\":\"Admin\",\"role_id\":\"" + admin + "\"},"
                + "{\"value\":\"Viewer\",\"role_id\":\"" + viewer + "\"}]";
        Reply unmapped = http.send("PATCH", configuration, ADMIN, "{\"role_mapping\":" + roleMapping + "}",
                "application/json");
        assertEquals(400, unmapped.status(), "roles must be mapped for role sync to see them");
        String pairs = http.get(configuration + "/default-mapping", ADMIN).json().path("mapping").toString();
        String withRoles = pairs.substring(0, pairs.length() - 1) + ",{\"scim\":\"roles\",\"auth0\":"
                + "\"app_metadata.roles\"}]";
        Reply configured = http.send("PATCH", configuration, ADMIN, "{\"mapping\":" + withRoles
                + ",\"role_mapping\":" + roleMapping + "}", "application/json");
        assertEquals(200, configured.status(), configured.body());
        assertEquals(2, configured.json().path("role_mapping").size());

        // Okta: role objects on create.
        String name = unique("ada");
        Reply created = http.post(scim.path() + "/Users", scim.token(), oktaUser(name + "@example.com",
                name + "-ext", name, true).replace("\"groups\":[]", "\"groups\":[],"
                + "\"roles\":[{\"value\":\"admin\",\"display\":\"Administrator\",\"primary\":true}]"));
        assertEquals(201, created.status(), created.body());
        String ada = created.json().path("id").asText();
        assertEquals(Map.of(admin, List.of("scim")), effective(userRoles(ada)));
        assign(userRoles(ada), viewer);

        // Entra: each role as JSON inside the value string, replacing the roles.
        Reply entra = patchUser(ada, "{\"op\":\"Replace\",\"path\":\"roles\",\"value\":[{\"primary\":\"True\","
                + "\"type\":\"WindowsAzureActiveDirectoryRole\",\"value\":\"{\\\"id\\\":\\\"7c0b\\\","
                + "\\\"value\\\":\\\"Viewer\\\",\\\"displayName\\\":\\\"Viewer\\\"}\"}]}");
        assertEquals(200, entra.status(), entra.body());
        assertEquals(Map.of(viewer, List.of("direct", "scim")), effective(userRoles(ada)));

        // A whole list in one string.
        Reply list = patchUser(ada, "{\"op\":\"replace\",\"path\":\"roles\",\"value\":[\"[{\\\"value\\\":"
                + "\\\"Admin\\\"},{\\\"value\\\":\\\"Viewer\\\"}]\"]}");
        assertEquals(200, list.status(), list.body());
        assertEquals(Map.of(admin, List.of("scim"), viewer, List.of("direct", "scim")), effective(userRoles(ada)));

        Reply removed = patchUser(ada, "{\"op\":\"remove\",\"path\":\"roles\"}");
        assertEquals(200, removed.status(), removed.body());
        assertEquals(Map.of(viewer, List.of("direct")), effective(userRoles(ada)), "direct roles stay");

        List<JsonNode> assigned = logs("user.role.assigned").stream()
                .filter(entry -> entry.path("details").path("source").asText().equals("scim")).toList();
        assertEquals(3, assigned.size(), "admin, viewer, admin again: one entry per change");
        assertEquals(3, logs("user.role.deleted").size(), "admin, then admin and viewer from scim");
    }

    private Reply patchUser(String userId, String operation) {
        return http.send("PATCH", scim.path() + "/Users/" + encode(userId), scim.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation
                        + "]}", "application/scim+json");
    }

    private static Map<String, List<String>> sources(JsonNode roles) {
        Map<String, List<String>> view = new LinkedHashMap<>();
        roles.forEach(r -> view.put(r.path("id").asText(), StreamSupport.stream(r.path("sources").spliterator(),
                false).map(JsonNode::asText).toList()));
        return view;
    }

    @Test
    void roleChangesAreLoggedAsUserAndGroupRoleEntries() {
        String ada = user(unique("ada"));
        String engineers = group(unique("Engineers"), ada);
        String admin = role(unique("admin"), null);
        assign(userRoles(ada), admin);
        assign(userRoles(ada), admin);
        assign("/api/v2/groups/" + engineers + "/roles", admin);
        assertEquals(204, change("DELETE", userRoles(ada), admin).status());

        assertEquals(1, logs("user.role.assigned").size(), "assigning a held role again logs nothing");
        JsonNode deleted = logs("user.role.deleted").get(0);
        assertEquals(ada, deleted.path("user_id").asText());
        assertEquals(admin, deleted.path("details").path("role_id").asText());
        JsonNode grouped = logs("group.role.assigned").get(0);
        assertEquals(engineers, grouped.path("details").path("group_id").asText());
    }

    @Test
    void logStreamsDeliverRoleEntriesInTheGroupAndUserCategories() throws IOException {
        try (LogReceiver receiver = new LogReceiver()) {
            Reply stream = http.post("/api/v2/log-streams", ADMIN, """
                    {"name":"roles-%s","type":"http","sink":{"httpEndpoint":"%s"},
                     "filters":[{"type":"category","name":"group.event"},{"type":"category","name":"user.event"}]}"""
                    .formatted(UUID.randomUUID(), receiver.url()));
            assertEquals(201, stream.status(), stream.body());
            try {
                String ada = user(unique("ada"));
                String engineers = group(unique("Engineers"), ada);
                String admin = role(unique("admin"), null);
                assign(userRoles(ada), admin);
                assign("/api/v2/groups/" + engineers + "/roles", admin);
                assertEquals(204, change("DELETE", "/api/v2/groups/" + engineers + "/roles", admin).status());

                LogReceiver.await("the role entries", () -> types(receiver).containsAll(
                        List.of("user.role.assigned", "group.role.assigned", "group.role.deleted")));
                List<String> types = types(receiver);
                assertTrue(types.indexOf("user.role.assigned") < types.indexOf("group.role.assigned")
                        && types.indexOf("group.role.assigned") < types.indexOf("group.role.deleted"),
                        "in the order they happened: " + types);
            } finally {
                http.delete("/api/v2/log-streams/" + stream.json().path("id").asText(), ADMIN);
            }
        }
    }

    private List<String> types(LogReceiver receiver) {
        return receiver.eventsOf(scim.connectionId()).stream().map(e -> e.path("data").path("type").asText())
                .filter(type -> type.contains(".role.")).toList();
    }

    private List<JsonNode> logs(String type) {
        Reply reply = http.get("/api/v2/logs?type=" + type + "&connection_id=" + scim.connectionId(), ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return StreamSupport.stream(reply.json().spliterator(), false).toList();
    }
}
