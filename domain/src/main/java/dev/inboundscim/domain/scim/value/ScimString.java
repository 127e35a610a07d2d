package dev.inboundscim.domain.scim.value;

import java.util.Objects;

/** A JSON string. */
public record ScimString(String value) implements ScimValue {
    public ScimString {
        Objects.requireNonNull(value, "value");
    }
}
