package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.scim.path.AttributePath;
import java.util.Objects;

/** {@code attr[filter]}: some element of the multi-valued attribute matches the inner filter. */
public record ValuePath(AttributePath path, Filter filter) implements Filter {
    public ValuePath {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(filter, "filter");
    }
}
