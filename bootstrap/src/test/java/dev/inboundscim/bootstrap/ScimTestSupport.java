package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
}
