package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.scim.path.AttributePath;
import java.util.Objects;

/** {@code attr pr}: the attribute has a non-empty value. */
public record Present(AttributePath path) implements Filter {
    public Present {
        Objects.requireNonNull(path, "path");
    }
}
