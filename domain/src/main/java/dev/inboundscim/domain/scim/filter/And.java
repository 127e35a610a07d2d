package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.query.Connective;
import java.util.List;
import java.util.Objects;

/** Both sides match. */
public record And(Filter left, Filter right) implements Filter.Logical, Connective.All<Filter> {
    public And {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public List<Filter> conditions() {
        return List.of(left, right);
    }
}
