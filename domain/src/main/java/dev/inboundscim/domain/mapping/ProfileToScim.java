package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Optional;

/**
 * Computes the SCIM attributes of a user from its stored profile through a mapping (SPEC §2): only mapped values
 * appear, composed multi-valued elements carry their selector, and {@code blocked} comes back as {@code active}.
 * The caller adds {@code schemas}, {@code id}, {@code meta} and {@code groups}.
 */
public final class ProfileToScim {

    private ProfileToScim() {
    }

    public static ScimObject convert(ScimObject profile, AttributeMapping mapping) {
        ScimDocumentBuilder document = new ScimDocumentBuilder();
        for (MappingPair pair : mapping.pairs()) {
            Optional<ScimValue> value = ProfileTree.get(profile, pair.auth0())
                    .filter(v -> !(v instanceof ScimNull));
            if (pair.isActiveToBlocked()) {
                // A user that was never blocked is active: Okta reads a missing "active" as false.
                boolean blocked = value.flatMap(MappingValues::asBoolean).map(ScimBoolean::value).orElse(false);
                document.put(pair.scim(), ScimBoolean.of(!blocked));
            } else {
                value.ifPresent(v -> document.put(pair.scim(), v));
            }
        }
        return document.build();
    }
}
