package dev.inboundscim.domain.scim.schema;

import static dev.inboundscim.domain.scim.schema.Attributes.bool;
import static dev.inboundscim.domain.scim.schema.Attributes.readOnly;
import static dev.inboundscim.domain.scim.schema.Attributes.string;

import dev.inboundscim.domain.role.RoleSchema;
import java.util.List;

/**
 * The Role resource of draft-ietf-scim-roles-entitlements as {@code /Roles} serves it (SPEC §12): every attribute is
 * read-only, because roles are managed through the Management API, not by the identity provider.
 */
public final class RoleSchemas {

    public static final ResourceSchema CORE = new ResourceSchema(RoleSchema.URN, "Role",
            "A role of the service provider, which a user's roles attribute may name",
            List.of(
                    readOnly(string("value", "The role's name, as a user's roles attribute names it")),
                    readOnly(string("display", "A human-readable description of the role")),
                    readOnly(string("type", "The kind of role: always \"role\" here")),
                    readOnly(bool("enabled", "Whether the role can be assigned: always true here"))));

    private RoleSchemas() {
    }
}
