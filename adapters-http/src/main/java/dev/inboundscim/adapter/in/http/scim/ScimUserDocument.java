package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.projection.Projection;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a user's SCIM view as an RFC 7643 §4.1 document with {@code schemas}, {@code id} and {@code meta}, cut to
 * the requested {@code attributes}/{@code excludedAttributes}.
 */
public final class ScimUserDocument {

    private ScimUserDocument() {
    }

    /** The whole document, as a SCIM GET without {@code attributes} answers it (the console's SCIM view). */
    public static ObjectNode render(ScimUserView view, String baseUrl) {
        return render(view, baseUrl, Projection.ALL);
    }

    static ObjectNode render(ScimUserView view, String baseUrl, Projection projection) {
        User user = view.user();
        List<ScimValue> schemas = new ArrayList<>(List.of(new ScimString(SchemaUrns.CORE_USER)));
        List<String> extensions = new ArrayList<>(List.of(SchemaUrns.ENTERPRISE_USER));
        view.schemas().extensions().forEach(extension -> extensions.add(extension.id()));
        for (String urn : extensions) {
            // RFC 7643 §3: "schemas" lists the extensions whose attributes the document carries.
            if (view.attributes().get(urn).isPresent()) {
                schemas.add(new ScimString(urn));
            }
        }
        ScimObject.Builder document = ScimObject.builder()
                .put("schemas", new ScimArray(schemas))
                .put("id", user.id().value());
        view.attributes().fields().forEach(document::put);
        if (!view.groups().isEmpty()) {
            String groups = baseUrl + "/scim/v2/connections/" + user.connectionId().value() + "/Groups/";
            document.put("groups", new ScimArray(view.groups().stream().map(group -> (ScimValue) ScimObject.builder()
                    .put("value", group.id().value())
                    .put("$ref", groups + group.id().value())
                    .put("display", group.displayName())
                    .put("type", "direct")
                    .build()).toList()));
        }
        document.put("meta", ScimObject.builder()
                .put("resourceType", "User")
                .put("created", user.createdAt().toString())
                .put("lastModified", user.updatedAt().toString())
                .put("location", location(baseUrl, user))
                .put("version", EntityTags.of(user.version()))
                .build());
        return (ObjectNode) JsonCodec.toNode(projection.apply(document.build(), view.schemas()));
    }

    static String location(String baseUrl, User user) {
        // "|" is not allowed unescaped in a URI (RFC 3986), so ids are percent-encoded in locations.
        return baseUrl + "/scim/v2/connections/" + user.connectionId().value() + "/Users/" + encode(user.id().value());
    }

    /** A user id as one path segment. */
    static String encode(String userId) {
        return URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
