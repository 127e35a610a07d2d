package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Optional;

/** Lenient readings of SCIM values that real clients send in more than one shape. */
public final class MappingValues {

    private MappingValues() {
    }

    /**
     * A boolean, also from the strings {@code "True"}/{@code "False"} in any case: Entra sends booleans as strings
     * unless the tenant URL carries {@code aadOptscim062020}.
     */
    public static Optional<ScimBoolean> asBoolean(ScimValue value) {
        return switch (value) {
            case ScimBoolean b -> Optional.of(b);
            case ScimString s when s.value().equalsIgnoreCase("true") -> Optional.of(ScimBoolean.TRUE);
            case ScimString s when s.value().equalsIgnoreCase("false") -> Optional.of(ScimBoolean.FALSE);
            default -> Optional.empty();
        };
    }
}
