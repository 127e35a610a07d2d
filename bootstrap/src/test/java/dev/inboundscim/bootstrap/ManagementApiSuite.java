package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Management API (SPEC §4) over HTTP. */
abstract class ManagementApiSuite extends RunningServerTest {


    private void assertManagementError(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals(status, body.path("statusCode").asInt());
        assertTrue(body.hasNonNull("error") && body.hasNonNull("message"), reply.body());
        assertTrue(body.path("errorCode").asText().matches("[a-z]+(_[a-z]+)*"), "snake_case errorCode: " + body);
    }

    private String newConnection(String strategy) {
        Reply created = http.post("/api/v2/connections", ADMIN, "{\"name\":\"c-" + UUID.randomUUID()
                .toString().substring(0, 8) + "\",\"strategy\":\"" + strategy + "\",\"display_name\":\"Acme\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    @Test
    void refusesRequestsWithoutTheAdminToken() {
        assertManagementError(http.get("/api/v2/connections", null), 401);
        assertManagementError(http.get("/api/v2/connections", "wrong"), 401);
        assertEquals("Bearer", http.get("/api/v2/connections", null).header("WWW-Authenticate"));
    }

    @Test
    void managesConnections() {
        String name = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = http.post("/api/v2/connections", ADMIN, "{\"name\":\"" + name + "\",\"strategy\":\"samlp\"}");
        assertEquals(201, created.status(), created.body());
        JsonNode connection = created.json();
        assertTrue(connection.path("id").asText().matches("con_[A-Za-z0-9]{16}"));
        assertFalse(connection.path("scim_enabled").asBoolean(true));
        assertTrue(connection.path("sync_user_profile_at_login").asBoolean());
        String id = connection.path("id").asText();

        assertManagementError(http.post("/api/v2/connections", ADMIN,
                "{\"name\":\"" + name + "\",\"strategy\":\"okta\"}"), 409);
        assertManagementError(http.post("/api/v2/connections", ADMIN, "{\"name\":\"x-" + name
                + "\",\"strategy\":\"github\"}"), 400);
        assertManagementError(http.post("/api/v2/connections", ADMIN, "{\"name\":\"bad name\",\"strategy\":\"okta\"}"),
                400);
        assertManagementError(http.post("/api/v2/connections", ADMIN, "{not json"), 400);
        assertManagementError(http.post("/api/v2/connections", ADMIN, "{\"name\":5,\"strategy\":[]}"), 400);

        Reply patched = http.send("PATCH", "/api/v2/connections/" + id, ADMIN, "{\"display_name\":\"Acme Corp\"}",
                "application/json");
        assertEquals("Acme Corp", patched.json().path("display_name").asText(), patched.body());
        assertEquals("Acme Corp", http.get("/api/v2/connections/" + id, ADMIN).json().path("display_name").asText());
        assertTrue(http.get("/api/v2/connections", ADMIN).body().contains(id));

        assertEquals(204, http.delete("/api/v2/connections/" + id, ADMIN).status());
        assertManagementError(http.get("/api/v2/connections/" + id, ADMIN), 404);
        assertManagementError(http.get("/api/v2/connections/not-an-id", ADMIN), 404);
    }

    /** Every connection id of GET /connections-scim-configurations, page after page (the store is shared). */
    private List<String> listedConfigurationIds() {
        List<String> ids = new ArrayList<>();
        String from = null;
        do {
            JsonNode page = http.get("/api/v2/connections-scim-configurations?take=100"
                    + (from == null ? "" : "&from=" + ScimTestSupport.encode(from)), ADMIN).json();
            page.path("scim_configurations").forEach(c -> ids.add(c.path("connection_id").asText()));
            from = page.hasNonNull("next") ? page.path("next").asText() : null;
        } while (from != null);
        return ids;
    }

    @Test
    void managesTheScimConfigurationAndItsMapping() {
        String id = newConnection("okta");
        String path = "/api/v2/connections/" + id + "/scim-configuration";
        assertManagementError(http.get(path, ADMIN), 404);
        assertEquals(32, http.get(path + "/default-mapping", ADMIN).json().path("mapping").size());

        Reply created = http.post(path, ADMIN, null);
        assertEquals(201, created.status(), created.body());
        JsonNode configuration = created.json();
        assertEquals(id, configuration.path("connection_id").asText());
        assertEquals("okta", configuration.path("strategy").asText());
        assertEquals("test", configuration.path("tenant_name").asText());
        assertEquals("externalId", configuration.path("user_id_attribute").asText());
        assertEquals(32, configuration.path("mapping").size());
        assertTrue(configuration.hasNonNull("created_at") && configuration.hasNonNull("updated_on"));
        assertManagementError(http.post(path, ADMIN, "{}"), 409);
        JsonNode connection = http.get("/api/v2/connections/" + id, ADMIN).json();
        assertTrue(connection.path("scim_enabled").asBoolean());
        assertFalse(connection.path("sync_user_profile_at_login").asBoolean(true));

        Reply invalid = http.send("PATCH", path, ADMIN, "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":\"username\"},"
                + "{\"scim\":\"password\",\"auth0\":\"app_metadata.pw\"}]}", "application/json");
        assertManagementError(invalid, 400);
        assertTrue(invalid.json().path("message").asText().contains("password"), invalid.body());

        Reply patched = http.send("PATCH", path, ADMIN, "{\"user_id_attribute\":\"userName\",\"mapping\":["
                + "{\"scim\":\"userName\",\"auth0\":\"username\"},{\"scim\":\"title\",\"auth0\":\"app_metadata.title\"}]}",
                "application/json");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(2, http.get(path, ADMIN).json().path("mapping").size());
        assertTrue(listedConfigurationIds().contains(id));

        assertEquals(204, http.delete(path, ADMIN).status());
        assertManagementError(http.get(path, ADMIN), 404);
        assertManagementError(http.delete(path, ADMIN), 404);
    }

    @Test
    void issuesListsAndRevokesTokensWithImmediateEffect() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        String tokens = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/tokens";
        assertManagementError(http.post(tokens, ADMIN, "{\"scopes\":[\"get:users\"],\"token_lifetime\":899}"), 400);
        assertManagementError(http.post(tokens, ADMIN, "{\"scopes\":[]}"), 400);
        assertManagementError(http.post(tokens, ADMIN, "{\"scopes\":[\"read:users\"]}"), 400);
        Reply second = http.post(tokens, ADMIN, "{\"scopes\":[\"get:users\",\"post:users\"],\"token_lifetime\":900}");
        assertEquals(201, second.status(), second.body());
        assertTrue(second.json().hasNonNull("valid_until"));
        assertManagementError(http.post(tokens, ADMIN, "{\"scopes\":[\"get:users\"]}"), 409);

        Reply listed = http.get(tokens, ADMIN);
        assertEquals(2, listed.json().size());
        assertFalse(listed.body().contains(scim.token()), "the secret is never listed");
        assertFalse(listed.body().contains("\"token\""), listed.body());

        assertEquals(200, http.get(scim.path() + "/Users", scim.token()).status());
        String tokenId = scim.token().substring(0, 20);
        assertEquals(204, http.delete(tokens + "/" + tokenId, ADMIN).status());
        assertScimError(http.get(scim.path() + "/Users", scim.token()), 401);
        assertManagementError(http.delete(tokens + "/" + tokenId, ADMIN), 404);
    }

    @Test
    void refusesNulCharactersAndAbsurdLifetimesWith400() {
        String id = newConnection("okta");
        assertManagementError(http.get("/api/v2/users?q=%00", ADMIN), 400);
        assertManagementError(http.get("/api/v2/logs?from=%00", ADMIN), 400);
        assertManagementError(http.send("PATCH", "/api/v2/connections/" + id, ADMIN,
                "{\"display_name\":\"a\\u0000b\"}", "application/json"), 400);
        http.post("/api/v2/connections/" + id + "/scim-configuration", ADMIN, "{}");
        assertManagementError(http.post("/api/v2/connections/" + id + "/scim-configuration/tokens", ADMIN,
                "{\"scopes\":[\"get:users\"],\"token_lifetime\":99999999999999999}"), 400);
    }

    @Test
    void refusesKeyChangingMappingUpdatesWhileTheConnectionHasUsers() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "post:users");
        String path = "/api/v2/connections/" + scim.connectionId() + "/scim-configuration";
        Reply titleOnly = http.send("PATCH", path, ADMIN, "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":"
                + "\"preferred_username\"},{\"scim\":\"externalId\",\"auth0\":\"app_metadata.external_id\"},"
                + "{\"scim\":\"title\",\"auth0\":\"app_metadata.title\"}]}", "application/json");
        assertEquals(200, titleOnly.status(), titleOnly.body());
        assertEquals(201, http.post(scim.path() + "/Users", scim.token(),
                ScimTestSupport.oktaUser("keys@x.com", "keys1", "K", true)).status());
        assertManagementError(http.send("PATCH", path, ADMIN, "{\"user_id_attribute\":\"userName\"}",
                "application/json"), 409);
        assertManagementError(http.send("PATCH", path, ADMIN, "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":"
                + "\"username\"},{\"scim\":\"externalId\",\"auth0\":\"app_metadata.external_id\"}]}",
                "application/json"), 409);
        assertEquals(200, http.send("PATCH", path, ADMIN, "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":"
                + "\"preferred_username\"},{\"scim\":\"externalId\",\"auth0\":\"app_metadata.external_id\"}]}",
                "application/json").status(), "dropping title keeps the keys");
    }

    @Test
    void aConnectionsHealthCountsItsScimTrafficFailuresAndExpiringTokens() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users");
        String path = "/api/v2/connections/" + scim.connectionId();
        Reply quiet = http.get(path + "/health", ADMIN);
        assertEquals(200, quiet.status(), quiet.body());
        assertEquals(0, quiet.json().path("requests").asInt());
        assertTrue(quiet.json().path("error_rate").isNull(), "no rate without requests: " + quiet.body());
        assertEquals(1, quiet.json().path("tokens").path("total").asInt());
        assertEquals(0, quiet.json().path("tokens").path("expiring_within_14_days").asInt());

        Reply shortLived = http.post(path + "/scim-configuration/tokens", ADMIN,
                "{\"scopes\":[\"get:users\"],\"token_lifetime\":259200}");
        assertEquals(201, shortLived.status(), shortLived.body());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get(scim.path() + "/Users", scim.token()).status());
        }
        assertScimError(http.get(scim.path() + "/Users/no-such-user", scim.token()), 404);

        // Entries of reads are written in batches: the counts catch up within moments.
        LogReceiver.await("the four requests counted", () ->
                http.get(path + "/health", ADMIN).json().path("requests").asInt() == 4);
        JsonNode health = http.get(path + "/health?window=600", ADMIN).json();
        assertEquals(scim.connectionId(), health.path("connection_id").asText());
        assertEquals(1, health.path("errors").asInt(), health.toString());
        assertEquals(0.25, health.path("error_rate").asDouble(), 1e-9, health.toString());
        assertEquals(0, health.path("rate_limited_seconds").asInt());
        assertEquals(2, health.path("tokens").path("total").asInt());
        assertEquals(1, health.path("tokens").path("expiring_within_14_days").asInt(), health.toString());
        assertEquals(0, health.path("tokens").path("expired").asInt());

        for (String bad : java.util.List.of("window=59", "window=604801", "window=hour")) {
            assertManagementError(http.get(path + "/health?" + bad, ADMIN), 400);
        }
        assertManagementError(http.get("/api/v2/connections/con_absent0000000000/health", ADMIN), 404);
    }

    @Test
    void aUsersScimViewIsWhatItsScimEndpointAnswers() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users post:users post:groups");
        Reply created = http.post(scim.path() + "/Users", scim.token(), oktaUser("view@x.com", "view1", "V", true));
        assertEquals(201, created.status(), created.body());
        String userId = created.json().path("id").asText();
        Reply group = http.post(scim.path() + "/Groups", scim.token(), "{\"schemas\":[\"urn:ietf:params:scim:schemas:"
                + "core:2.0:Group\"],\"displayName\":\"Viewers\",\"members\":[{\"value\":\"" + userId + "\"}]}");
        assertEquals(201, group.status(), group.body());

        Reply view = http.get("/api/v2/users/" + ScimTestSupport.encode(userId) + "/scim", ADMIN);
        assertEquals(200, view.status(), view.body());
        Reply scimGet = http.get(scim.path() + "/Users/" + ScimTestSupport.encode(userId), scim.token());
        assertEquals(scimGet.json(), view.json());
        assertEquals("Viewers", view.json().path("groups").get(0).path("display").asText());

        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId() + "/scim-configuration", ADMIN)
                .status());
        assertManagementError(http.get("/api/v2/users/" + ScimTestSupport.encode(userId) + "/scim", ADMIN), 404);
        assertManagementError(http.get("/api/v2/users/okta%7Cnobody%7Cx/scim", ADMIN), 404);
    }

    @Test
    void deletingAUserThroughTheManagementApiRemovesItForTheIdpToo() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users post:users");
        Reply created = http.post(scim.path() + "/Users", scim.token(), oktaUser("del@x.com", "del1", "D", true));
        assertEquals(201, created.status(), created.body());
        String userId = created.json().path("id").asText();
        String profile = "/api/v2/users/" + ScimTestSupport.encode(userId);

        assertEquals(204, http.delete(profile, ADMIN).status());
        assertManagementError(http.get(profile, ADMIN), 404);
        assertScimError(http.get(scim.path() + "/Users/" + ScimTestSupport.encode(userId), scim.token()), 404);
        assertManagementError(http.delete(profile, ADMIN), 404);
    }

    @Test
    void disablingScimTurnsTheEndpointOffAndDeletingAConnectionRemovesItsUsers() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users post:users");
        Reply created = http.post(scim.path() + "/Users", scim.token(), oktaUser("gone@x.com", "gone1", "G", true));
        assertEquals(201, created.status(), created.body());
        String userId = created.json().path("id").asText();
        assertEquals(200, http.get("/api/v2/users/" + ScimTestSupport.encode(userId), ADMIN).status());
        assertEquals(1, http.get("/api/v2/users?connection_id=" + scim.connectionId(), ADMIN).json().size());

        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId() + "/scim-configuration", ADMIN)
                .status());
        assertScimError(http.get(scim.path() + "/Users", scim.token()), 404);

        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId(), ADMIN).status());
        assertManagementError(http.get("/api/v2/users/" + ScimTestSupport.encode(userId), ADMIN), 404);
    }

    @Test
    void followsAuth0sConventionsForListsBodiesAndMethods() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (String strategy : java.util.List.of("okta", "okta", "waad")) {
            assertEquals(201, http.post("/api/v2/connections", ADMIN, "{\"name\":\"conv-" + marker + "-"
                    + UUID.randomUUID().toString().substring(0, 6) + "\",\"strategy\":\"" + strategy + "\"}")
                    .status());
        }
        Reply named = http.post("/api/v2/connections", ADMIN, "{\"name\":\"conv-" + marker
                + "\",\"strategy\":\"okta\"}");
        assertEquals(201, named.status(), named.body());
        String id = named.json().path("id").asText();
        assertEquals(http.base() + "/scim/v2/connections/" + id, named.json().path("scim_endpoint").asText());

        Reply byName = http.get("/api/v2/connections?name=conv-" + marker, ADMIN);
        assertEquals(1, byName.json().size(), byName.body());
        assertEquals(id, byName.json().get(0).path("id").asText());
        Reply paged = http.get("/api/v2/connections?strategy=waad&page=0&per_page=1&include_totals=true", ADMIN);
        assertEquals(200, paged.status(), paged.body());
        assertEquals(1, paged.json().path("length").asInt());
        assertTrue(paged.json().path("total").asInt() >= 1, paged.body());
        assertEquals("waad", paged.json().path("connections").get(0).path("strategy").asText());
        assertEquals(400, http.get("/api/v2/connections?strategy=nonsense", ADMIN).status());
        // Every list bounds page and per_page alike and reads include_totals strictly: a typo is never a default.
        for (String list : java.util.List.of("connections", "users", "groups", "logs")) {
            for (String bad : java.util.List.of("page=-1", "per_page=0", "per_page=101", "include_totals=yes")) {
                Reply refused = http.get("/api/v2/" + list + "?" + bad, ADMIN);
                assertEquals(400, refused.status(), list + "?" + bad + " -> " + refused.body());
            }
            Reply totals = http.get("/api/v2/" + list + "?page=0&per_page=100&include_totals=true", ADMIN);
            assertEquals(200, totals.status(), totals.body());
            assertEquals(100, totals.json().path("limit").asInt(), totals.body());
        }

        Reply unknownField = http.send("PATCH", "/api/v2/connections/" + id, ADMIN,
                "{\"display_name\":\"x\",\"colour\":\"blue\"}", "application/json");
        assertEquals(400, unknownField.status(), unknownField.body());
        assertTrue(unknownField.json().path("message").asText().contains("colour"), unknownField.body());

        Reply wrongMethod = http.send("PUT", "/api/v2/connections/" + id, ADMIN, "{}", "application/json");
        assertEquals(405, wrongMethod.status(), wrongMethod.body());
        assertEquals("DELETE, GET, PATCH", wrongMethod.header("Allow"));
        assertEquals(404, http.get("/api/v2/no-such-resource", ADMIN).status());

        assertEquals(201, http.post("/api/v2/connections/" + id + "/scim-configuration", ADMIN, "{}").status());
        Reply token = http.post("/api/v2/connections/" + id + "/scim-configuration/tokens", ADMIN, "{}");
        assertEquals(201, token.status(), token.body());
        assertEquals(10, token.json().path("scopes").size(), "a token without scopes gets every scope");
    }
}
