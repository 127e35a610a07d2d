package dev.inboundscim.domain.scim.value;

import java.util.List;

/** A JSON array; immutable. */
public record ScimArray(List<ScimValue> values) implements ScimValue {
    public static final ScimArray EMPTY = new ScimArray(List.of());

    public ScimArray {
        values = List.copyOf(values);
    }
}
