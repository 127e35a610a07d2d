package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.value.ScimValue;

/** One operation of a SCIM PATCH request (RFC 7644 §3.5.2); a null path targets the resource itself. */
public sealed interface PatchOperation {

    PathExpression path();

    /** {@code add}: create, append to multi-valued attributes, merge into complex ones. */
    record Add(PathExpression path, ScimValue value) implements PatchOperation {
    }

    /** {@code replace}: set, replace multi-valued attributes, merge sub-attributes of complex ones. */
    record Replace(PathExpression path, ScimValue value) implements PatchOperation {
    }

    /** {@code remove}: unset; with a value on a multi-valued attribute, remove just those elements. */
    record Remove(PathExpression path, ScimValue value) implements PatchOperation {
    }
}
