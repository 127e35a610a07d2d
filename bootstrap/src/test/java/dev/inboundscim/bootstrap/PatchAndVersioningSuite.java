package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** PATCH as Entra and Okta send it, and versioning (ETag, If-Match, no lost updates) over HTTP. */
abstract class PatchAndVersioningSuite extends RunningServerTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private record Created(ScimEndpoint scim, String location, String id) {
    }

    private Created user(String strategy) {
        ScimEndpoint scim = ScimEndpoint.create(http, strategy,
                "get:users post:users put:users patch:users delete:users");
        String externalId = "x" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(externalId + "@example.com", externalId, "Ann", true));
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        return new Created(scim, scim.path() + "/Users/" + encode(id), id);
    }

    private Reply patch(Created user, String operations, String ifMatch) {
        String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
                + operations + "}";
        return ifMatch == null ? http.send("PATCH", user.location(), user.scim().token(), body,
                "application/scim+json")
                : http.sendWithHeader("PATCH", user.location(), user.scim().token(), body, "If-Match", ifMatch);
    }

    private JsonNode profile(Created user) {
        return http.get("/api/v2/users/" + encode(user.id()), ADMIN).json();
    }

    @Test
    void oktaDeactivatesAndReactivatesWithANoPathReplace() {
        Created user = user("okta");
        Reply off = patch(user, "[{\"op\":\"replace\",\"value\":{\"active\":false}}]", null);
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().path("active").asBoolean(true));
        assertTrue(profile(user).path("blocked").asBoolean());
        Reply on = patch(user, "[{\"op\":\"replace\",\"value\":{\"active\":true}}]", null);
        assertTrue(on.json().path("active").asBoolean());
        assertFalse(profile(user).path("blocked").asBoolean(true));
    }

    @Test
    void speaksEntrasPatchDialect() {
        Created user = user("waad");
        Reply reply = patch(user, """
                [{"op":"Replace","path":"active","value":"False"},
                 {"op":"Add","path":"emails[type eq \\"work\\"].value","value":"ann@work.example"},
                 {"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+15550100"},
                 {"op":"Replace","value":{"name.givenName":"Annie","displayName":"Annie X"}},
                 {"op":"Add","path":"%s:manager","value":"mgr-1"},
                 {"op":"Replace","path":"%s:department","value":"Ops"},
                 {"op":"Add","path":"title","value":"Lead"}]""".formatted(ENTERPRISE, ENTERPRISE), null);
        assertEquals(200, reply.status(), reply.body());
        JsonNode scim = reply.json();
        assertFalse(scim.path("active").asBoolean(true));
        assertEquals("Annie", scim.path("name").path("givenName").asText());
        assertEquals("ann@work.example", scim.path("emails").get(0).path("value").asText());
        assertEquals("mgr-1", scim.path(ENTERPRISE).path("manager").path("value").asText());
        JsonNode profile = profile(user);
        assertTrue(profile.path("blocked").asBoolean());
        assertEquals("ann@work.example", profile.path("email").asText());
        assertEquals("+15550100", profile.path("app_metadata").path("mobile_phone_number").asText());
        assertEquals("Annie", profile.path("given_name").asText());
        assertEquals("Annie X", profile.path("name").asText());
        assertEquals("mgr-1", profile.path("app_metadata").path("manager").path("value").asText());
        assertEquals("Ops", profile.path("app_metadata").path("department").asText());
        assertEquals("Lead", profile.path("app_metadata").path("title").asText());
    }

    @Test
    void storesEntraRolesSentAsJsonInsideStrings() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users post:users patch:users");
        String configuration = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        String mapping = "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":\"upn\"},{\"scim\":\"externalId\","
                + "\"auth0\":\"app_metadata.external_id\"},{\"scim\":\"roles\",\"auth0\":\"app_metadata.roles\"}]}";
        assertEquals(200, http.send("PATCH", configuration, ADMIN, mapping, "application/json").status());
        Reply created = http.post(scim.path() + "/Users", scim.token(), oktaUser("roles@x.com", "r1", "R", true));
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        Reply patched = http.send("PATCH", scim.path() + "/Users/" + encode(id), scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add","path":"roles",
                 "value":[{"primary":"True","type":"WindowsAzureActiveDirectoryRole",
                           "value":"{\\"id\\":\\"role-1\\",\\"value\\":\\"Admin\\",\\"displayName\\":\\"Admin\\"}"}]}]}""",
                "application/scim+json");
        assertEquals(200, patched.status(), patched.body());
        JsonNode role = http.get("/api/v2/users/" + encode(id), ADMIN).json().path("app_metadata").path("roles").get(0);
        assertEquals("Admin", role.path("value").asText(), role.toString());
        assertEquals("role-1", role.path("id").asText());
        assertEquals("WindowsAzureActiveDirectoryRole", role.path("type").asText());
    }

    @Test
    void storesOktaRolesAsObjectsAndFiltersOnThem() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users post:users patch:users");
        String configuration = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        String mapping = "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":\"preferred_username\"},{\"scim\":"
                + "\"externalId\",\"auth0\":\"app_metadata.external_id\"},{\"scim\":\"roles\",\"auth0\":"
                + "\"app_metadata.roles\"}]}";
        assertEquals(200, http.send("PATCH", configuration, ADMIN, mapping, "application/json").status());
        Reply created = http.post(scim.path() + "/Users", scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"okta-roles@x.com",
                 "externalId":"okta-roles","roles":[{"value":"admin","display":"Administrator","primary":true}]}""");
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        JsonNode role = http.get("/api/v2/users/" + encode(id), ADMIN).json().path("app_metadata").path("roles").get(0);
        assertEquals("admin", role.path("value").asText(), role.toString());
        assertEquals("Administrator", role.path("display").asText());
        assertTrue(role.path("primary").asBoolean());

        Reply patched = http.send("PATCH", scim.path() + "/Users/" + encode(id), scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"roles",
                 "value":"[{\\"id\\":\\"r2\\",\\"value\\":\\"Reader\\"},{\\"id\\":\\"r3\\",\\"value\\":\\"Writer\\"}]"}]}""",
                "application/scim+json");
        assertEquals(200, patched.status(), patched.body());
        JsonNode roles = http.get("/api/v2/users/" + encode(id), ADMIN).json().path("app_metadata").path("roles");
        assertEquals(3, roles.size(), roles.toString());
        assertEquals("Writer", roles.get(2).path("value").asText());
        Reply found = http.get(scim.path() + "/Users?filter=" + encode("roles[value eq \"Reader\"]"), scim.token());
        assertEquals(1, found.json().path("totalResults").asInt(), found.body());
    }

    @Test
    void appliesAllOperationsOrNone() {
        Created user = user("okta");
        Reply failed = patch(user, "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"},"
                + "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"fax\\\"].value\",\"value\":\"x\"}]", null);
        assertScimError(failed, 400);
        assertEquals("noTarget", failed.json().path("scimType").asText());
        assertTrue(profile(user).path("app_metadata").path("title").isMissingNode(), "nothing was stored");
        assertEquals("mutability", patch(user, "[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]", null)
                .json().path("scimType").asText());
        assertEquals("invalidPath", patch(user, "[{\"op\":\"replace\",\"path\":\"bogus\",\"value\":\"x\"}]", null)
                .json().path("scimType").asText());
        assertEquals("invalidValue", patch(user, "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":[1]}]", null)
                .json().path("scimType").asText());
        assertEquals("invalidSyntax", http.send("PATCH", user.location(), user.scim().token(), "{\"Operations\":3}",
                "application/json").json().path("scimType").asText());
        // A value of the wrong shape for a whole attribute is refused, never dropped silently (issue 18).
        for (String wrong : List.of("{\"op\":\"add\",\"path\":\"emails\",\"value\":\"SomeIllegalValue\"}",
                "{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Barbara Jensen\"}",
                "{\"op\":\"replace\",\"path\":\"title\",\"value\":{\"x\":1}}")) {
            Reply refused = patch(user, "[" + wrong + "]", null);
            assertScimError(refused, 400);
            assertEquals("invalidValue", refused.json().path("scimType").asText(), wrong);
        }
        assertTrue(profile(user).path("app_metadata").path("title").isMissingNode(), "still nothing stored");
    }

    @Test
    void everySingleResourceResponseCarriesItsEtagAndIfMatchIsHonoured() {
        Created user = user("okta");
        Reply read = http.get(user.location(), user.scim().token());
        String etag = read.header("ETag");
        assertEquals("W/\"1\"", etag);
        assertEquals(etag, read.json().path("meta").path("version").asText());

        Reply stale = patch(user, "[{\"op\":\"add\",\"path\":\"title\",\"value\":\"A\"}]", "W/\"7\"");
        assertScimError(stale, 412);
        Reply fresh = patch(user, "[{\"op\":\"add\",\"path\":\"title\",\"value\":\"A\"}]", etag);
        assertEquals(200, fresh.status(), fresh.body());
        assertEquals("W/\"2\"", fresh.header("ETag"));
        assertScimError(http.sendWithHeader("PUT", user.location(), user.scim().token(),
                oktaUser("p@x.com", "p", "P", true), "If-Match", etag), 412);
        assertScimError(http.sendWithHeader("DELETE", user.location(), user.scim().token(), null, "If-Match",
                "W/\"1\""), 412);
        assertEquals(204, http.sendWithHeader("DELETE", user.location(), user.scim().token(), null, "If-Match",
                "W/\"2\"").status());
    }

    @Test
    void concurrentPatchesWithoutIfMatchNeverLoseEachOthersChanges() throws Exception {
        Created user = user("okta");
        String[] attributes = {"title", "userType", "locale", "timezone", "nickName", "profileUrl"};
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attributes.length)) {
            for (String attribute : attributes) {
                results.add(pool.submit(() -> {
                    start.await();
                    return patch(user, "[{\"op\":\"add\",\"path\":\"" + attribute + "\",\"value\":\"v-" + attribute
                            + "\"}]", null).status();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        }
        JsonNode scim = http.get(user.location(), user.scim().token()).json();
        for (String attribute : attributes) {
            assertEquals("v-" + attribute, scim.path(attribute).asText(), "lost the change to " + attribute);
        }
        assertEquals("W/\"" + (1 + attributes.length) + "\"", scim.path("meta").path("version").asText());
    }
}
