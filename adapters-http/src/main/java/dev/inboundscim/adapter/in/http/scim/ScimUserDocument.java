package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Renders a user's SCIM view as an RFC 7643 §4.1 document with {@code schemas}, {@code id} and {@code meta}. */
final class ScimUserDocument {

    private ScimUserDocument() {
    }

    static ObjectNode render(ScimUserView view, String baseUrl) {
        User user = view.user();
        ObjectNode attributes = (ObjectNode) JsonCodec.toNode(view.attributes());
        ObjectNode document = attributes.objectNode();
        var schemas = document.putArray("schemas").add(SchemaUrns.CORE_USER);
        if (attributes.has(SchemaUrns.ENTERPRISE_USER)) {
            schemas.add(SchemaUrns.ENTERPRISE_USER);
        }
        document.put("id", user.id().value());
        document.setAll(attributes);
        ObjectNode meta = document.putObject("meta");
        meta.put("resourceType", "User");
        meta.put("created", user.createdAt().toString());
        meta.put("lastModified", user.updatedAt().toString());
        meta.put("location", location(baseUrl, user));
        meta.put("version", "W/\"" + user.version() + "\"");
        return document;
    }

    static String location(String baseUrl, User user) {
        // "|" is not allowed unescaped in a URI (RFC 3986), so ids are percent-encoded in locations.
        return baseUrl + "/scim/v2/connections/" + user.connectionId().value() + "/Users/"
                + URLEncoder.encode(user.id().value(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String locationOf(JsonNode document) {
        return document.path("meta").path("location").asText();
    }
}
