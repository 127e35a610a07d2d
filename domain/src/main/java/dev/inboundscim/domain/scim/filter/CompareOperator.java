package dev.inboundscim.domain.scim.filter;

import java.util.Optional;

/** The comparison operators of RFC 7644 §3.4.2.2 ({@code pr} is {@link Present}). */
public enum CompareOperator {
    EQ, NE, CO, SW, EW, GT, GE, LT, LE;

    /** The operator for a keyword in any case, e.g. {@code "Eq"}. */
    public static Optional<CompareOperator> fromKeyword(String keyword) {
        for (CompareOperator operator : values()) {
            if (operator.name().equalsIgnoreCase(keyword)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
