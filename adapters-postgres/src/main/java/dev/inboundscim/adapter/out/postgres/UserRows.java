package dev.inboundscim.adapter.out.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;

/** Maps {@link User} to the {@code users} columns and back. */
final class UserRows {

    static final String COLUMNS = "user_id, connection_id, profile::text AS profile, identities::text AS identities, "
            + "user_name_key, user_id_attribute_key, created_at, updated_at, version";

    private UserRows() {
    }

    static String profile(User user) {
        return JsonCodec.write(user.attributes());
    }

    static String profileCi(User user) {
        return JsonCodec.write(JsonCodec.canonical(user.attributes()));
    }

    static String identities(User user) {
        ArrayNode array = JsonCodec.arrayNode();
        for (Identity identity : user.identities()) {
            array.addObject()
                    .put("connection", identity.connection())
                    .put("provider", identity.provider())
                    .put("user_id", identity.userId())
                    .put("isSocial", identity.isSocial());
        }
        return JsonCodec.write(array);
    }

    static User user(DbRow row) {
        List<Identity> identities = new ArrayList<>();
        for (JsonNode node : JsonCodec.readTree(Rows.string(row, "identities"))) {
            identities.add(new Identity(node.path("connection").asText(null), node.path("provider").asText(null),
                    node.path("user_id").asText(null), node.path("isSocial").asBoolean(false)));
        }
        return new User(new UserId(Rows.string(row, "user_id")), new ConnectionId(Rows.string(row, "connection_id")),
                JsonCodec.readObject(Rows.string(row, "profile")), identities,
                new UserKeys(Rows.string(row, "user_name_key"), Rows.string(row, "user_id_attribute_key")),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"), Rows.longValue(row, "version"));
    }
}
