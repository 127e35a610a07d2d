package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Assertions and request bodies shared by the black-box HTTP suites. */
final class ScimTestSupport {

    private ScimTestSupport() {
    }

    static void assertScimError(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", body.path("schemas").get(0).asText());
        assertEquals(Integer.toString(status), body.path("status").asText());
        assertTrue(body.hasNonNull("detail"));
    }

    static String oktaUser(String userName, String externalId, String givenName, boolean active) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"%s","externalId":"%s",
                 "name":{"givenName":"%s","familyName":"Doe"},
                 "emails":[{"primary":true,"value":"jane@example.com","type":"work"}],
                 "displayName":"%s Doe","locale":"en-US",
                 "password":"Sup3rS3cret!","active":%s,"groups":[]}
                """.formatted(userName, externalId, givenName, givenName, active);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every userName of the endpoint's connection, read page by page. */
    static Set<String> userNames(HttpClientSupport http, ScimEndpoint endpoint) {
        Set<String> names = new HashSet<>();
        for (int start = 1; ; start += 1000) {
            Reply page = http.get(endpoint.path() + "/Users?attributes=userName&count=1000&startIndex=" + start,
                    endpoint.token());
            assertEquals(200, page.status(), page.body());
            JsonNode resources = page.json().path("Resources");
            resources.forEach(user -> names.add(user.path("userName").asText()));
            if (resources.size() < 1000) {
                return names;
            }
        }
    }
}
