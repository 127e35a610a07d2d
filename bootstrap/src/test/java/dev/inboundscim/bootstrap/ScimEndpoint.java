package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** A fresh connection with SCIM enabled and a token, set up through the Management API as an operator would. */
record ScimEndpoint(HttpClientSupport http, String adminToken, String connectionId, String connectionName,
                    String token) {

    static ScimEndpoint create(HttpClientSupport http, String strategy, String scopes) {
        return create(http, TestServer.ADMIN_TOKEN, strategy, scopes);
    }

    static ScimEndpoint create(HttpClientSupport http, String admin, String strategy, String scopes) {
        String name = strategy + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply connection = http.post("/api/v2/connections", admin,
                "{\"name\":\"" + name + "\",\"strategy\":\"" + strategy + "\"}");
        assertEquals(201, connection.status(), connection.body());
        String connectionId = connection.json().path("id").asText();
        Reply configuration = http.post("/api/v2/connections/" + connectionId + "/scim-configuration", admin, "{}");
        assertEquals(201, configuration.status(), configuration.body());
        ScimEndpoint endpoint = new ScimEndpoint(http, admin, connectionId, name, null);
        return new ScimEndpoint(http, admin, connectionId, name, endpoint.issueToken(scopes));
    }

    String issueToken(String scopes) {
        String list = Arrays.stream(scopes.split(" ")).map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        Reply token = http.post("/api/v2/connections/" + connectionId + "/scim-configuration/tokens", adminToken,
                "{\"scopes\":[" + list + "]}");
        assertEquals(201, token.status(), token.body());
        JsonNode body = token.json();
        return body.path("token").asText();
    }

    String path() {
        return "/scim/v2/connections/" + connectionId;
    }
}
