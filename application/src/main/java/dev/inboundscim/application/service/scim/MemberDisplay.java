package dev.inboundscim.application.service.scim;

import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import java.util.Optional;

/** Where a group member's {@code display} comes from: the user's SCIM displayName if mapped, else its userName. */
public final class MemberDisplay {

    private MemberDisplay() {
    }

    /** The profile path to read, or null when the mapping keeps neither attribute. */
    public static ProfilePath path(AttributeMapping mapping) {
        return plainPair(mapping, "displayName").or(() -> plainPair(mapping, "userName"))
                .map(MappingPair::auth0).orElse(null);
    }

    private static Optional<MappingPair> plainPair(AttributeMapping mapping, String attribute) {
        return mapping.pairsFor(SchemaUrns.CORE_USER, attribute).stream()
                .filter(p -> p.scim().selector() == null && p.scim().subAttribute() == null).findFirst();
    }
}
