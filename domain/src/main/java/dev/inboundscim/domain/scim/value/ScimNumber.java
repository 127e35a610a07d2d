package dev.inboundscim.domain.scim.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A JSON number, kept exact. */
public record ScimNumber(BigDecimal value) implements ScimValue {
    public ScimNumber {
        Objects.requireNonNull(value, "value");
    }

    public static ScimNumber of(long value) {
        return new ScimNumber(BigDecimal.valueOf(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScimNumber n && n.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }
}
