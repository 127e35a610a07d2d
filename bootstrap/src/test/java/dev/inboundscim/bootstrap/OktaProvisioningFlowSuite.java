package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.inboundscim.bootstrap.ScimTestSupport.assertScimError;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The acceptance flow of the foundation issue, black-box over HTTP against the real server and wiring: what Okta's
 * provisioning does, from creating the connection to deleting the user.
 */
abstract class OktaProvisioningFlowSuite extends RunningServerTest {


    @Test
    void provisionsUpdatesDeactivatesAndDeletesAUserLikeOkta() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta",
                "get:users post:users put:users patch:users delete:users");
        String users = scim.path() + "/Users";

        Reply empty = http.get(users + "?filter=" + encode("userName eq \"nobody@example.com\"")
                + "&startIndex=1&count=100", scim.token());
        assertEquals(200, empty.status(), empty.body());
        assertEquals("application/scim+json", empty.header("Content-Type"));
        JsonNode emptyList = empty.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:ListResponse", emptyList.path("schemas").get(0).asText());
        assertTrue(emptyList.path("totalResults").isIntegralNumber());
        assertEquals(0, emptyList.path("totalResults").asInt());
        assertEquals(1, emptyList.path("startIndex").asInt());
        assertTrue(emptyList.path("itemsPerPage").isIntegralNumber());

        String externalId = "00u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String userName = "Jane.Doe." + externalId + "@Example.com";
        Reply created = http.post(users, scim.token(), oktaUser(userName, externalId, "Jane", true));
        assertEquals(201, created.status(), created.body());
        JsonNode user = created.json();
        String id = "okta|" + scim.connectionName() + "|" + externalId;
        assertEquals(id, user.path("id").asText());
        assertNotNull(created.header("Location"));
        assertEquals(created.header("Location"), user.path("meta").path("location").asText());
        assertTrue(created.header("Location").startsWith("http://"), "absolute location");
        assertFalse(user.has("password"), "the password is never echoed");
        assertFalse(created.body().contains("Sup3rS3cret"), "the password is never echoed");
        assertEquals(userName, user.path("userName").asText());
        assertTrue(user.path("active").asBoolean());
        assertEquals("User", user.path("meta").path("resourceType").asText());

        JsonNode profile = http.get("/api/v2/users/" + encode(id), server.adminToken()).json();
        assertEquals(userName, profile.path("preferred_username").asText());
        assertEquals("jane@example.com", profile.path("email").asText());
        assertEquals(externalId, profile.path("app_metadata").path("external_id").asText());
        assertFalse(profile.path("blocked").asBoolean(true));
        assertFalse(profile.has("password"));

        Reply duplicate = http.post(users, scim.token(), oktaUser(userName.toUpperCase(), externalId + "x", "J", true));
        assertEquals(409, duplicate.status(), duplicate.body());
        assertEquals("uniqueness", duplicate.json().path("scimType").asText());
        assertScimError(duplicate, 409);

        Reply found = http.get(users + "?filter=" + encode("userName eq \"" + userName.toUpperCase() + "\"")
                + "&startIndex=1&count=100", scim.token());
        assertEquals(1, found.json().path("totalResults").asInt(), found.body());
        assertEquals(id, found.json().path("Resources").get(0).path("id").asText());

        Reply replaced = http.put(users + "/" + encode(id), scim.token(), oktaUser(userName, externalId, "Janet",
                false));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("Janet", replaced.json().path("name").path("givenName").asText());
        assertFalse(replaced.json().path("active").asBoolean(true));
        JsonNode blocked = http.get("/api/v2/users/" + encode(id), server.adminToken()).json();
        assertEquals("Janet", blocked.path("given_name").asText());
        assertTrue(blocked.path("blocked").asBoolean());

        Reply rawPipe = RawHttp.get(server.port(), users + "/" + id, scim.token());
        assertEquals(200, rawPipe.status(), "a raw | in the id works too: " + rawPipe.body());

        assertScimError(http.get(users + "/" + encode("okta|nope|missing"), scim.token()), 404);
        Reply badToken = http.get(users, "tok_AAAAAAAAAAAAAAAA." + "0".repeat(64));
        assertScimError(badToken, 401);
        assertEquals("Bearer", badToken.header("WWW-Authenticate").split(" ")[0]);
        assertScimError(http.get(users, null), 401);

        String readOnly = scim.issueToken("get:users");
        assertScimError(http.post(users, readOnly, oktaUser("x" + userName, externalId + "y", "X", true)), 403);

        assertEquals(204, http.delete(users + "/" + encode(id), scim.token()).status());
        assertScimError(http.get(users + "/" + encode(id), scim.token()), 404);
    }

    @Test
    void logsEverySuccessAndFailureWithoutPasswords() {
        ScimEndpoint scim = ScimEndpoint.create(http, "okta", "get:users post:users");
        String externalId = "ext" + UUID.randomUUID();
        assertEquals(201, http.post(scim.path() + "/Users", scim.token(),
                oktaUser("log." + externalId + "@example.com", externalId, "Log", true)).status());
        assertEquals(409, http.post(scim.path() + "/Users", scim.token(),
                oktaUser("log." + externalId + "@example.com", externalId, "Log", true)).status());

        // The failure's entry is written by the batching log writer of the node that served it: at once visible
        // there, through another node within moments.
        LogReceiver.await("the failure's entry", () -> http.get("/api/v2/logs?connection_id=" + scim.connectionId()
                + "&type=fscim", server.adminToken()).json().size() == 1);
        Reply logs = http.get("/api/v2/logs?connection_id=" + scim.connectionId(), server.adminToken());
        assertEquals(200, logs.status(), logs.body());
        // The SCIM requests' entries; setting the connection up wrote its Management API audit (sapi) before them.
        List<JsonNode> entries = new ArrayList<>();
        logs.json().forEach(entry -> {
            if (entry.path("type").asText().endsWith("scim")) {
                entries.add(entry);
            } else {
                assertEquals("sapi", entry.path("type").asText(), entry.toString());
            }
        });
        assertEquals(2, entries.size(), logs.body());
        assertEquals("fscim", entries.get(0).path("type").asText(), "newest first");
        assertEquals("sscim", entries.get(1).path("type").asText());
        assertEquals(201, entries.get(1).path("details").path("status").asInt());
        assertEquals("okta|" + scim.connectionName() + "|" + externalId, entries.get(1).path("user_id").asText());
        assertFalse(logs.body().contains("Sup3rS3cret"), "passwords are never logged");
        assertFalse(logs.body().contains(scim.token()), "tokens are never logged");
    }
}
