package dev.inboundscim.domain.scim.filter;

import java.util.Objects;

/** Both sides match. */
public record And(Filter left, Filter right) implements Filter {
    public And {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
