package dev.inboundscim.domain.scim.value;

/**
 * A JSON-like value as SCIM resources and user profiles carry it; the domain owns this small tree because it may
 * not depend on a JSON library.
 */
public sealed interface ScimValue permits ScimString, ScimNumber, ScimBoolean, ScimNull, ScimArray, ScimObject {

    /** True for {@link ScimNull}, the empty string, an empty array and an empty object: RFC 7643 §2.5 "unassigned". */
    default boolean isUnassigned() {
        return switch (this) {
            case ScimNull n -> true;
            case ScimString s -> s.value().isEmpty();
            case ScimArray a -> a.values().isEmpty();
            case ScimObject o -> o.fields().isEmpty();
            case ScimNumber n -> false;
            case ScimBoolean b -> false;
        };
    }

    static ScimString of(String value) {
        return new ScimString(value);
    }

    static ScimBoolean of(boolean value) {
        return ScimBoolean.of(value);
    }
}
