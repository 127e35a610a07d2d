package dev.inboundscim.domain.scim.schema;

import static dev.inboundscim.domain.scim.schema.Attributes.canonical;
import static dev.inboundscim.domain.scim.schema.Attributes.exactString;
import static dev.inboundscim.domain.scim.schema.Attributes.multi;
import static dev.inboundscim.domain.scim.schema.Attributes.readOnly;
import static dev.inboundscim.domain.scim.schema.Attributes.reference;
import static dev.inboundscim.domain.scim.schema.Attributes.required;
import static dev.inboundscim.domain.scim.schema.Attributes.string;

import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import java.util.List;
import java.util.Optional;

/** The Group schema of RFC 7643 §4.2, plus the common attributes of §3.1. */
public final class GroupSchemas {

    public static final ResourceSchema CORE = new ResourceSchema(SchemaUrns.CORE_GROUP, "Group", "Group",
            List.of(
                    required(string("displayName", "A human-readable name for the Group"), "server"),
                    multi("members", "A list of members of the Group",
                            exactString("value", "Identifier of the member of this Group"),
                            reference("$ref", "The URI corresponding to a SCIM resource that is a member"),
                            readOnly(string("display", "A human-readable name of the member")),
                            canonical("type", "A label indicating the type of resource", "User"))));

    /** Core only: groups have no extension here. */
    public static final SchemaSet SET = new SchemaSet() {
        @Override
        public Optional<ResolvedAttribute> resolve(AttributePath path) {
            return attribute(path).map(definition -> new ResolvedAttribute(definition, null));
        }

        @Override
        public Optional<String> extension(String key) {
            return Optional.empty();
        }
    };

    private GroupSchemas() {
    }

    /** The definition of a top-level Group attribute, common ones included; a foreign schema URN names none. */
    public static Optional<AttributeDefinition> attribute(AttributePath path) {
        if (path.schemaUrn() != null && !path.schemaUrn().equalsIgnoreCase(SchemaUrns.CORE_GROUP)) {
            return Optional.empty();
        }
        return CORE.attribute(path.attribute()).or(() -> UserSchemas.COMMON.stream()
                .filter(a -> a.name().equalsIgnoreCase(path.attribute())).findFirst());
    }
}
