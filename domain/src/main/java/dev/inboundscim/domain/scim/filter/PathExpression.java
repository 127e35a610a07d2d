package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.scim.path.AttributePath;
import java.util.Objects;

/**
 * A PATCH or mapping path (RFC 7644 §3.5.2 {@code PATH = attrPath / valuePath [subAttr]}): an attribute, an optional
 * value filter selecting elements, and an optional sub-attribute after the filter.
 */
public record PathExpression(AttributePath attribute, Filter valueFilter, String subAttribute) {
    public PathExpression {
        Objects.requireNonNull(attribute, "attribute");
    }
}
