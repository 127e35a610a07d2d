package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.query.Connective;
import java.util.List;
import java.util.Objects;

/** Either side matches. */
public record Or(Filter left, Filter right) implements Filter.Logical, Connective.Any<Filter> {
    public Or {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public List<Filter> conditions() {
        return List.of(left, right);
    }
}
