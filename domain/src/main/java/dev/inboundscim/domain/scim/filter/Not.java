package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.query.Connective;
import java.util.Objects;

/** The inner filter does not match: {@code not (…)}. */
public record Not(Filter inner) implements Filter.Logical, Connective.Not<Filter> {
    public Not {
        Objects.requireNonNull(inner, "inner");
    }
}
