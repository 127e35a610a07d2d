package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Objects;

/** {@code attr op value}: a comparison with a literal (string, number, boolean or null). */
public record Compare(AttributePath path, CompareOperator operator, ScimValue value) implements Filter {
    public Compare {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }
}
