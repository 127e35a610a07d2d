package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the member ids out of a {@code members} value as clients send it: an array of member objects, one member
 * object, or (Okta, some scripts) a bare id string. {@code display} and {@code $ref} (even {@code null}) are
 * ignored, as the member's id says it all; a {@code type} other than "User" is refused, since groups hold users.
 */
public final class MemberValues {

    private MemberValues() {
    }

    public static List<UserId> ids(ScimValue value) {
        List<UserId> ids = new ArrayList<>();
        switch (value) {
            case ScimArray array -> array.values().forEach(element -> ids.add(id(element)));
            case ScimNull ignored -> {
            }
            default -> ids.add(id(value));
        }
        return ids;
    }

    private static UserId id(ScimValue element) {
        return switch (element) {
            case ScimString s -> userId(s.value());
            case ScimObject member -> {
                Optional<ScimValue> type = member.getIgnoreCase("type").filter(t -> !t.isUnassigned());
                if (type.isPresent() && !(type.get() instanceof ScimString s && s.value().equalsIgnoreCase("User"))) {
                    throw BadRequestException.invalidValue("members must be Users: nested groups are not supported");
                }
                if (!(member.getIgnoreCase("value").orElse(null) instanceof ScimString value)) {
                    throw BadRequestException.invalidValue("each member needs a string value: the member's id");
                }
                yield userId(value.value());
            }
            default -> throw BadRequestException.invalidValue("members must be objects with a value, or ids");
        };
    }

    static UserId userId(String text) {
        if (!UserId.isAcceptable(text)) {
            throw BadRequestException.invalidValue("a member value must be a user id of 1 to " + UserId.MAX_LENGTH
                    + " characters");
        }
        return new UserId(text);
    }
}
