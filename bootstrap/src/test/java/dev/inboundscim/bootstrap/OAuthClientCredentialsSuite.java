package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * OAuth 2.0 client credentials for IdPs (SPEC §9): the Management API's clients and secrets, the token endpoint's
 * answers and refusals in RFC 6749's terms, and access tokens that the SCIM endpoint takes like static tokens and
 * that stop at once when their secret or client is deleted.
 */
abstract class OAuthClientCredentialsSuite extends RunningServerTest {

    static final String FORM = "application/x-www-form-urlencoded";

    static String clients(ScimEndpoint scim) {
        return "/api/v2/connections/" + scim.connectionId() + "/scim-configuration/clients";
    }

    static String tokenEndpoint(ScimEndpoint scim) {
        return scim.path() + "/oauth/token";
    }

    static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    static Reply tokenRequest(HttpClientSupport http, ScimEndpoint scim, String body) {
        return http.send("POST", tokenEndpoint(scim), null, body, FORM);
    }

    static Reply basicTokenRequest(HttpClientSupport http, ScimEndpoint scim, String clientId, String secret,
                                   String body) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send("POST", tokenEndpoint(scim), null, body, FORM, Map.of("Authorization", "Basic " + basic));
    }

    private JsonNode newClient(ScimEndpoint scim, String scopes) {
        Reply created = http.post(clients(scim), ADMIN, "{\"scopes\":" + scopes + ",\"description\":\"Entra ID\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static void assertOAuthError(Reply reply, int status, String error) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(error, reply.json().path("error").asText(), reply.body());
        assertTrue(reply.json().path("error_description").isTextual(), reply.body());
        assertEquals("no-store", reply.header("Cache-Control"));
    }

    @Test
    void anIdpGetsAnAccessTokenWithItsClientAndProvisionsWithIt() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        JsonNode client = newClient(scim, "[\"get:users\",\"post:users\"]");
        String clientId = client.path("client_id").asText();
        String secret = client.path("client_secret").asText();
        assertTrue(clientId.matches("cli_[A-Za-z0-9]{16}"), clientId);
        assertEquals(secret.substring(0, 20), client.path("secret_id").asText());

        Reply issued = tokenRequest(http, scim, form("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
        assertEquals(200, issued.status(), issued.body());
        assertEquals("no-store", issued.header("Cache-Control"));
        assertTrue(issued.header("Content-Type").startsWith("application/json"));
        assertEquals("Bearer", issued.json().path("token_type").asText());
        assertEquals(3600, issued.json().path("expires_in").asInt());
        assertEquals("get:users post:users", issued.json().path("scope").asText());
        String accessToken = issued.json().path("access_token").asText();

        Reply user = http.post(scim.path() + "/Users", accessToken, oktaUser("oauth@x.com", "oauth1", "O", true));
        assertEquals(201, user.status(), user.body());
        assertEquals(200, http.get(scim.path() + "/Users", accessToken).status());
        assertEquals(403, http.get(scim.path() + "/Groups", accessToken).status(), "only the client's scopes");

        Reply narrowed = basicTokenRequest(http, scim, clientId, secret,
                form("grant_type", "client_credentials", "scope", "get:users"));
        assertEquals(200, narrowed.status(), narrowed.body());
        assertEquals("get:users", narrowed.json().path("scope").asText());
        String readOnly = narrowed.json().path("access_token").asText();
        assertEquals(403, http.post(scim.path() + "/Users", readOnly, oktaUser("ro@x.com", "ro1", "R", true))
                .status());

        JsonNode listed = http.get(clients(scim), ADMIN).json();
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).has("last_used_at"), listed.toString());
        assertFalse(listed.toString().contains(secret.substring(21)), "no listing holds the secret");
        assertEquals(1, http.get("/api/v2/connections/" + scim.connectionId() + "/scim-configuration/tokens", ADMIN)
                .json().size(), "access tokens are not listed beside the static token");
        JsonNode logs = http.get("/api/v2/logs?connection_id=" + scim.connectionId() + "&take=100", ADMIN).json();
        assertFalse(logs.toString().contains(secret.substring(21)) || logs.toString().contains(accessToken),
                "no log entry holds the secret or the token");
    }

    @Test
    void refusalsAnswerInRfc6749sTerms() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        ScimEndpoint other = ScimEndpoint.create(http, "waad", "get:users");
        JsonNode client = newClient(scim, "[\"get:users\"]");
        String clientId = client.path("client_id").asText();
        String secret = client.path("client_secret").asText();
        String wrong = secret.substring(0, 21) + "0".repeat(64);
        String grant = "client_credentials";

        assertOAuthError(tokenRequest(http, scim, form("grant_type", grant, "client_id", clientId,
                "client_secret", wrong)), 401, "invalid_client");
        Reply basicWrong = basicTokenRequest(http, scim, clientId, wrong, form("grant_type", grant));
        assertOAuthError(basicWrong, 401, "invalid_client");
        assertTrue(basicWrong.header("WWW-Authenticate").startsWith("Basic"), basicWrong.header("WWW-Authenticate"));
        assertOAuthError(tokenRequest(http, other, form("grant_type", grant, "client_id", clientId,
                "client_secret", secret)), 401, "invalid_client");
        for (String id : List.of("cli_AAAAAAAAAAAAAAAA", "nobody", "")) {
            assertOAuthError(tokenRequest(http, scim, form("grant_type", grant, "client_id", id,
                    "client_secret", secret)), 401, "invalid_client");
        }
        assertOAuthError(tokenRequest(http, scim, form("grant_type", "password", "client_id", clientId,
                "client_secret", secret)), 400, "unsupported_grant_type");
        assertOAuthError(tokenRequest(http, scim, form("client_id", clientId, "client_secret", secret)), 400,
                "invalid_request");
        assertOAuthError(tokenRequest(http, scim, form("grant_type", grant, "client_id", clientId,
                "client_secret", secret, "scope", "get:users delete:users")), 400, "invalid_scope");
        assertOAuthError(tokenRequest(http, scim, form("grant_type", grant, "client_id", clientId, "client_secret",
                secret) + "&grant_type=client_credentials"), 400, "invalid_request");
        assertOAuthError(basicTokenRequest(http, scim, clientId, secret, form("grant_type", grant,
                "client_id", clientId, "client_secret", secret)), 400, "invalid_request");
        assertOAuthError(http.send("POST", tokenEndpoint(scim), null, "{\"grant_type\":\"client_credentials\"}",
                "application/json"), 400, "invalid_request");
        Reply get = http.get(tokenEndpoint(scim), null);
        assertEquals(405, get.status(), get.body());
        assertEquals("POST", get.header("Allow"));

        JsonNode logs = http.get("/api/v2/logs?connection_id=" + scim.connectionId() + "&type=fscim&take=100",
                ADMIN).json();
        assertTrue(logs.toString().contains("invalid_client"), "refusals are logged: " + logs);
        assertFalse(logs.toString().contains(secret.substring(21)), "never with the secret");
    }

    @Test
    void deletingASecretOrTheClientEndsItsTokensAtOnce() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        JsonNode client = newClient(scim, "[\"get:users\"]");
        String clientId = client.path("client_id").asText();
        String path = clients(scim) + "/" + clientId;
        Reply second = http.post(path + "/secrets", ADMIN, "{}");
        assertEquals(201, second.status(), second.body());
        String firstToken = tokenRequest(http, scim, form("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", client.path("client_secret").asText())).json().path("access_token").asText();
        String secondToken = tokenRequest(http, scim, form("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", second.json().path("client_secret").asText())).json().path("access_token").asText();
        assertEquals(200, http.get(scim.path() + "/Users", firstToken).status());
        assertEquals(200, http.get(scim.path() + "/Users", secondToken).status());

        assertEquals(204, http.delete(path + "/secrets/" + client.path("secret_id").asText(), ADMIN).status());
        assertEquals(401, http.get(scim.path() + "/Users", firstToken).status(), "the deleted secret's token ends");
        assertEquals(200, http.get(scim.path() + "/Users", secondToken).status(), "the other secret's stays");
        assertEquals(401, tokenRequest(http, scim, form("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", client.path("client_secret").asText())).status());

        assertEquals(201, http.post(path + "/secrets", ADMIN, "{}").status());
        assertEquals(201, http.post(path + "/secrets", ADMIN, "{\"secret_lifetime\":31536000}").status());
        assertEquals(409, http.post(path + "/secrets", ADMIN, "{}").status(), "three active secrets at most");
        assertEquals(400, http.post(path + "/secrets", ADMIN, "{\"secret_lifetime\":60}").status());

        assertEquals(204, http.delete(path, ADMIN).status());
        assertEquals(401, http.get(scim.path() + "/Users", secondToken).status(), "the client's tokens end with it");
        assertEquals(404, http.get(path, ADMIN).status());
        assertEquals(200, http.get(scim.path() + "/Users", scim.token()).status(), "static tokens are untouched");
    }

    @Test
    void badClientsAreRefusedAndAClientNeedsTheScimEndpoint() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        for (String body : List.of("{}", "{\"scopes\":[]}", "{\"scopes\":[\"get:user\"]}",
                "{\"scopes\":[\"get:users\"],\"secret_lifetime\":100}", "{\"scopes\":[\"get:users\"],\"x\":1}",
                "{\"scopes\":[\"get:users\"],\"description\":\"" + "d".repeat(256) + "\"}")) {
            assertEquals(400, http.post(clients(scim), ADMIN, body).status(), body);
        }
        assertEquals(0, http.get(clients(scim), ADMIN).json().size(), "nothing was stored");
        assertEquals(404, http.get(clients(scim) + "/cli_AAAAAAAAAAAAAAAA", ADMIN).status());
        assertEquals(404, http.get(clients(scim) + "/nonsense", ADMIN).status());
        assertEquals(204, http.delete("/api/v2/connections/" + scim.connectionId() + "/scim-configuration", ADMIN)
                .status());
        assertEquals(404, http.post(clients(scim), ADMIN, "{\"scopes\":[\"get:users\"]}").status(),
                "no SCIM configuration, no client");
    }

    @Test
    void discoveryListsTheTokenEndpointOnceTheConnectionHasAClient() {
        ScimEndpoint scim = ScimEndpoint.create(http, "waad", "get:users");
        String discovery = scim.path() + "/ServiceProviderConfig";
        assertEquals(1, http.get(discovery, scim.token()).json().path("authenticationSchemes").size());

        newClient(scim, "[\"get:users\"]");

        // Each node keeps its answer for a couple of seconds: listed once every node in turn lists it.
        LogReceiver.await("the token endpoint listed", () -> IntStream.range(0, nodePorts().size()).allMatch(node ->
                http.get(discovery, scim.token()).json().path("authenticationSchemes").size() == 2));
        JsonNode scheme = http.get(discovery, scim.token()).json().path("authenticationSchemes").get(1);
        assertEquals("oauthbearertoken", scheme.path("type").asText());
        assertEquals(http.base() + tokenEndpoint(scim), scheme.path("documentationUri").asText());
        assertFalse(scheme.path("primary").asBoolean());
    }
}
