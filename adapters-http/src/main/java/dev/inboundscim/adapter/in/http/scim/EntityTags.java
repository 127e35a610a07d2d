package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.domain.scim.value.EntityTag;

/** The {@code ETag} and {@code If-Match} headers of resource versions, as {@link EntityTag} reads and writes them. */
final class EntityTags {

    private EntityTags() {
    }

    static String of(long version) {
        return EntityTag.of(version);
    }

    /** The version an {@code If-Match} value names: null for none or {@code *}; 412 for a tag that names none. */
    static Long expectedVersion(String ifMatch) {
        return EntityTag.expectedVersion(ifMatch, "If-Match");
    }
}
