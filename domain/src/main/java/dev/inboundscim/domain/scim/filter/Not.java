package dev.inboundscim.domain.scim.filter;

import java.util.Objects;

/** The inner filter does not match: {@code not (…)}. */
public record Not(Filter inner) implements Filter {
    public Not {
        Objects.requireNonNull(inner, "inner");
    }
}
