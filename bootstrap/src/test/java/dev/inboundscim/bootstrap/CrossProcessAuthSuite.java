package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Authentication answered from memory must still see what another server process changed: two servers on one
 * store; a token used on the second (so remembered there) is revoked through the first, and a mapping changed
 * through the first shapes the second's next response. On the process that made the change it holds at once.
 */
abstract class CrossProcessAuthSuite {

    abstract Persistence persistence();

    @Test
    void aRevocationOrAMappingChangeMadeByOneProcessHoldsInTheOther() throws Exception {
        Persistence store = persistence();
        try (TestServer first = TestServer.start(store); TestServer second = TestServer.start(store)) {
            ScimEndpoint viaFirst = ScimEndpoint.create(first.client(), "okta", "get:users post:users");
            ScimEndpoint viaSecond = new ScimEndpoint(second.client(), viaFirst.adminToken(), viaFirst.connectionId(),
                    viaFirst.connectionName(), viaFirst.token());
            String name = "cross-" + UUID.randomUUID().toString().substring(0, 8);
            Reply created = viaSecond.http().post(viaSecond.path() + "/Users", viaSecond.token(),
                    oktaUser(name + "@example.com", name, "Cross", true));
            assertEquals(201, created.status(), created.body());
            String id = created.json().path("id").asText();
            for (int i = 0; i < 5; i++) {
                Reply read = viaSecond.http().get(viaSecond.path() + "/Users/" + ScimTestSupport.encode(id),
                        viaSecond.token());
                assertEquals(200, read.status(), read.body());
                assertTrue(read.json().path("name").has("givenName"));
            }

            // A mapping change through the first: the second's next responses follow it.
            String configuration = "/api/v2/connections/" + viaFirst.connectionId() + "/scim-configuration";
            Reply mapping = first.client().send("PATCH", configuration, TestServer.ADMIN_TOKEN,
                    "{\"mapping\":[{\"scim\":\"userName\",\"auth0\":\"preferred_username\"},{\"scim\":\"externalId\","
                            + "\"auth0\":\"app_metadata.external_id\"}]}", "application/json");
            assertEquals(200, mapping.status(), mapping.body());
            await("the second process to follow the new mapping", () -> !viaSecond.http()
                    .get(viaSecond.path() + "/Users/" + ScimTestSupport.encode(id), viaSecond.token()).json()
                    .path("name").has("givenName"));

            // A revocation through the first: refused by the first at once, by the second within moments.
            String tokenId = viaFirst.token().substring(0, viaFirst.token().indexOf('.'));
            assertEquals(204, first.client().delete("/api/v2/connections/" + viaFirst.connectionId()
                    + "/scim-configuration/tokens/" + tokenId, TestServer.ADMIN_TOKEN).status());
            assertEquals(401, viaFirst.http().get(viaFirst.path() + "/Users", viaFirst.token()).status(),
                    "the revoking process refuses at once");
            long revoked = System.nanoTime();
            await("the second process to refuse the revoked token", () -> viaSecond.http()
                    .get(viaSecond.path() + "/Users", viaSecond.token()).status() == 401);
            long millis = (System.nanoTime() - revoked) / 1_000_000;
            assertTrue(millis < 1_000, "the other process refused it after " + millis + " ms");
            assertFalse(viaSecond.http().get(viaSecond.path() + "/Users", viaSecond.token()).status() == 200);
        }
    }

    @Test
    void accessTokensEndInTheOtherProcessWithinASecondOfTheirSecretsOrClientsDeletion() {
        Persistence store = persistence();
        try (TestServer first = TestServer.start(store); TestServer second = TestServer.start(store)) {
            ScimEndpoint viaFirst = ScimEndpoint.create(first.client(), "waad", "get:users");
            ScimEndpoint viaSecond = new ScimEndpoint(second.client(), viaFirst.adminToken(), viaFirst.connectionId(),
                    viaFirst.connectionName(), viaFirst.token());
            String clients = OAuthClientCredentialsSuite.clients(viaFirst);
            Reply client = first.client().post(clients, TestServer.ADMIN_TOKEN, "{\"scopes\":[\"get:users\"]}");
            assertEquals(201, client.status(), client.body());
            String path = clients + "/" + client.json().path("client_id").asText();
            Reply secondSecret = first.client().post(path + "/secrets", TestServer.ADMIN_TOKEN, "{}");
            assertEquals(201, secondSecret.status(), secondSecret.body());
            String byFirstSecret = accessToken(second, viaSecond, client.json(), client.json());
            String bySecondSecret = accessToken(second, viaSecond, client.json(), secondSecret.json());
            for (String token : List.of(byFirstSecret, bySecondSecret)) {
                assertEquals(200, viaSecond.http().get(viaSecond.path() + "/Users", token).status());
                assertEquals(200, viaFirst.http().get(viaFirst.path() + "/Users", token).status());
            }

            assertEquals(204, first.client().delete(path + "/secrets/" + client.json().path("secret_id").asText(),
                    TestServer.ADMIN_TOKEN).status());
            assertEquals(401, viaFirst.http().get(viaFirst.path() + "/Users", byFirstSecret).status(),
                    "the deleting process refuses the secret's token at once");
            assertRefusedElsewhereWithinASecond(viaSecond, byFirstSecret);
            assertEquals(200, viaSecond.http().get(viaSecond.path() + "/Users", bySecondSecret).status());

            assertEquals(204, first.client().delete(path, TestServer.ADMIN_TOKEN).status());
            assertEquals(401, viaFirst.http().get(viaFirst.path() + "/Users", bySecondSecret).status(),
                    "the deleting process refuses the client's token at once");
            assertRefusedElsewhereWithinASecond(viaSecond, bySecondSecret);
        }
    }

    @Test
    void anAssertionIsAcceptedOnceAcrossProcessesAndItsTokensEndWithTheCredential() throws Exception {
        Persistence store = persistence();
        try (SimulatedEntra entra = SimulatedEntra.start(); TestServer first = TestServer.start(store);
             TestServer second = TestServer.start(store)) {
            ScimEndpoint viaFirst = ScimEndpoint.create(first.client(), "waad", "get:users");
            ScimEndpoint viaSecond = new ScimEndpoint(second.client(), viaFirst.adminToken(), viaFirst.connectionId(),
                    viaFirst.connectionName(), viaFirst.token());
            String subject = UUID.randomUUID().toString();
            String audience = "api://inbound-scim/" + viaFirst.connectionId();
            String credentials = "/api/v2/connections/" + viaFirst.connectionId()
                    + "/scim-configuration/federated-credentials";
            Reply credential = first.client().post(credentials, TestServer.ADMIN_TOKEN, "{\"issuer\":\""
                    + entra.issuer() + "\",\"subject\":\"" + subject + "\",\"audience\":\"" + audience
                    + "\",\"jwks_uri\":\"" + entra.jwksUri() + "\",\"scopes\":[\"get:users\"]}");
            assertEquals(201, credential.status(), credential.body());

            String assertion = entra.assertion(subject, audience);
            Reply issued = SimulatedEntra.exchange(first.client(), viaFirst, assertion);
            assertEquals(200, issued.status(), issued.body());
            assertEquals(401, SimulatedEntra.exchange(second.client(), viaSecond, assertion).status(),
                    "the other process refuses the replayed assertion");
            String token = issued.json().path("access_token").asText();
            assertEquals(200, viaSecond.http().get(viaSecond.path() + "/Users", token).status());

            assertEquals(204, first.client().delete(credentials + "/" + credential.json().path("credential_id")
                    .asText(), TestServer.ADMIN_TOKEN).status());
            assertEquals(401, viaFirst.http().get(viaFirst.path() + "/Users", token).status());
            assertRefusedElsewhereWithinASecond(viaSecond, token);
        }
    }

    private static String accessToken(TestServer server, ScimEndpoint scim, JsonNode client, JsonNode secret) {
        Reply issued = OAuthClientCredentialsSuite.tokenRequest(server.client(), scim, OAuthClientCredentialsSuite.form(
                "grant_type", "client_credentials", "client_id", client.path("client_id").asText(), "client_secret",
                secret.path("client_secret").asText()));
        assertEquals(200, issued.status(), issued.body());
        return issued.json().path("access_token").asText();
    }

    private static void assertRefusedElsewhereWithinASecond(ScimEndpoint other, String token) {
        long ended = System.nanoTime();
        await("the other process to refuse the ended access token", () -> other.http()
                .get(other.path() + "/Users", token).status() == 401);
        long millis = (System.nanoTime() - ended) / 1_000_000;
        assertTrue(millis < 1_000, "the other process refused it after " + millis + " ms");
    }
}
