package dev.inboundscim.domain.mapping;

import java.util.Objects;

/** One {@code {"scim": …, "auth0": …}} pair of a connection's attribute mapping. */
public record MappingPair(ScimMappingPath scim, ProfilePath auth0) {

    public MappingPair {
        Objects.requireNonNull(scim, "scim");
        Objects.requireNonNull(auth0, "auth0");
    }

    /** Whether this is the {@code active → blocked} pair, whose value is inverted in both directions. */
    public boolean isActiveToBlocked() {
        return scim.attribute().equals("active") && auth0.isBlocked();
    }
}
