package dev.inboundscim.domain.role;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of a user's SCIM {@code roles} attribute, read from its SCIM view: by then every dialect the server
 * decodes (Okta's objects, Entra's JSON inside strings, a whole list in one string; see {@code ScimToProfile}) is an
 * object with a {@code value}; a string element that was no JSON counts as its own value.
 */
public final class ScimRoleValues {

    private ScimRoleValues() {
    }

    public static List<String> of(ScimObject scimView) {
        Optional<ScimValue> roles = scimView.getIgnoreCase("roles");
        List<String> values = new ArrayList<>();
        if (roles.isEmpty()) {
            return values;
        }
        List<ScimValue> elements = roles.get() instanceof ScimArray array ? array.values() : List.of(roles.get());
        for (ScimValue element : elements) {
            switch (element) {
                case ScimString text -> values.add(text.value());
                case ScimObject object -> object.getIgnoreCase("value")
                        .filter(ScimString.class::isInstance).map(v -> ((ScimString) v).value())
                        .ifPresent(values::add);
                default -> {
                    // Numbers, booleans and nulls name no role.
                }
            }
        }
        return values;
    }
}
