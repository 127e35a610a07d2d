package dev.inboundscim.domain.scim.filter;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Inside a {@link ValuePath} the paths are relative to the multi-valued
 * attribute: {@code emails[type eq "work"]} holds {@code Compare(type, EQ, "work")}.
 */
public sealed interface Filter permits And, Or, Not, Compare, Present, ValuePath {
}
