package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Optional;

/** Finds the values a user must be unique on — {@code userName} and the user-id attribute — in its profile. */
public final class UserKeyExtractor {

    private static final ScimMappingPath USER_NAME = ScimMappingPath.parse("userName");

    private UserKeyExtractor() {
    }

    /** The raw value of the connection's user-id attribute; absent when the profile has none. */
    public static Optional<String> userIdAttributeValue(ScimObject profile, AttributeMapping mapping) {
        return stringAt(profile, mapping, mapping.userIdAttribute());
    }

    /**
     * The raw values a user must be unique on; a missing user-id attribute value is a 400 naming the attribute.
     *
     * @param userName         the SCIM userName, null when the mapping does not keep it
     * @param userIdAttribute  the value of the connection's user-id attribute
     */
    public record KeyValues(String userName, String userIdAttribute) {
    }

    /** The key values of {@code profile}. */
    public static KeyValues keys(ScimObject profile, AttributeMapping mapping) {
        String key = userIdAttributeValue(profile, mapping).orElseThrow(() -> BadRequestException.invalidValue(
                "the user id attribute " + mapping.userIdAttribute() + " is required"));
        String userName = mapping.pairFor(USER_NAME).isPresent()
                ? stringAt(profile, mapping, USER_NAME).orElse(null) : null;
        return new KeyValues(userName, key);
    }

    private static Optional<String> stringAt(ScimObject profile, AttributeMapping mapping,
                                             ScimMappingPath path) {
        return mapping.pairFor(path)
                .flatMap(pair -> ProfileTree.get(profile, pair.auth0()))
                .flatMap(UserKeyExtractor::text)
                .filter(s -> !s.isBlank());
    }

    private static Optional<String> text(ScimValue value) {
        return value instanceof ScimString s ? Optional.of(s.value()) : Optional.empty();
    }
}
