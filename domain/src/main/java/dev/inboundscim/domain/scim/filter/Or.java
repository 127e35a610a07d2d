package dev.inboundscim.domain.scim.filter;

import java.util.Objects;

/** Either side matches. */
public record Or(Filter left, Filter right) implements Filter {
    public Or {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
