package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.query.Connective;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Inside a {@link ValuePath} the paths are relative to the multi-valued
 * attribute: {@code emails[type eq "work"]} holds {@code Compare(type, EQ, "work")}.
 */
public sealed interface Filter permits Filter.Logical, Compare, Present, ValuePath {

    /** {@code and}, {@code or} and {@code not}: the skeleton the resolvers rebuild in a condition tree. */
    sealed interface Logical extends Filter, Connective<Filter> permits And, Or, Not {
    }
}
