package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import java.util.List;

/** Renders a stored user as an Auth0-shaped profile. */
final class UserProfileDocument {

    private UserProfileDocument() {
    }

    static ObjectNode render(UserProfileView view) {
        User user = view.user();
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.put("user_id", user.id().value());
        profile.put("connection_id", user.connectionId().value());
        profile.setAll((ObjectNode) JsonCodec.toNode(user.attributes()));
        // The server's own fields win over stored attributes of the same name, and keep their place first.
        profile.put("user_id", user.id().value());
        profile.put("connection_id", user.connectionId().value());
        if (!profile.has("blocked")) {
            profile.put("blocked", false);
        }
        if (!profile.has("app_metadata")) {
            profile.putObject("app_metadata");
        }
        if (!profile.has("user_metadata")) {
            profile.putObject("user_metadata");
        }
        profile.set("identities", identities(user.identities()));
        // Read-only here: the SCIM client owns group membership.
        profile.set("groups", GroupRoutes.references(view.groups()));
        profile.put("created_at", user.createdAt().toString());
        profile.put("updated_at", user.updatedAt().toString());
        return profile;
    }

    /** Identities as Auth0 shows them, in a profile and in account linking's answer. */
    static ArrayNode identities(List<Identity> identities) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Identity identity : identities) {
            array.addObject().put("connection", identity.connection()).put("provider", identity.provider())
                    .put("user_id", identity.userId()).put("isSocial", identity.isSocial());
        }
        return array;
    }
}
