package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code [sub eq value]} part of a mapping path such as {@code emails[type eq "work"].value}: it picks one element
 * of a multi-valued attribute, and in responses it is written back into the element it composes.
 */
public record ElementSelector(String subAttribute, ScimValue value) {

    public ElementSelector {
        Objects.requireNonNull(subAttribute, "subAttribute");
        Objects.requireNonNull(value, "value");
        if (!(value instanceof ScimString) && !(value instanceof ScimBoolean)) {
            throw new IllegalArgumentException("selector values are strings or booleans");
        }
    }

    /** Whether {@code candidate} equals the selector value; strings compare ignoring case (type is caseExact=false). */
    public boolean matches(ScimValue candidate) {
        return switch (value) {
            case ScimString s -> candidate instanceof ScimString c && c.value().equalsIgnoreCase(s.value());
            case ScimBoolean b -> b.equals(MappingValues.asBoolean(candidate).orElse(null));
            default -> false;
        };
    }

    /** Selectors that pick the same elements are equal: {@code type} values compare ignoring case. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ElementSelector that && subAttribute.equals(that.subAttribute)
                && normalized(value).equals(normalized(that.value));
    }

    @Override
    public int hashCode() {
        return subAttribute.hashCode() * 31 + normalized(value).hashCode();
    }

    private static ScimValue normalized(ScimValue value) {
        return value instanceof ScimString s ? new ScimString(s.value().toLowerCase(Locale.ROOT)) : value;
    }

    @Override
    public String toString() {
        String literal = switch (value) {
            case ScimString s -> "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case ScimBoolean b -> Boolean.toString(b.value());
            default -> value.toString();
        };
        return "[" + subAttribute + " eq " + literal + "]";
    }
}
