package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.SchemaExtensions;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import java.util.Optional;

/** Builds a validated mapping from optional client input, filling gaps from a base mapping. */
final class MappingInput {

    private MappingInput() {
    }

    /**
     * {@code schemaExtensions} null keeps the base's declared extensions; anything else replaces them, and the pairs
     * (given or kept) are checked against the new ones.
     */
    static AttributeMapping resolve(String userIdAttribute, List<RawMappingPair> pairs, ScimValue schemaExtensions,
                                    AttributeMapping base) {
        if (userIdAttribute == null && pairs == null && schemaExtensions == null) {
            return base;
        }
        UserSchemaSet schemas = schemaExtensions == null ? base.schemas()
                : new UserSchemaSet(SchemaExtensions.parse(schemaExtensions));
        String userId = userIdAttribute != null ? userIdAttribute : base.userIdAttribute().toString();
        AttributeMapping mapping = AttributeMapping.of(userId, pairs != null ? pairs : base.raw(), schemas);
        requireUsedAttributesUnchanged(base, mapping);
        return mapping;
    }

    static AttributeMapping defaults(Strategy strategy) {
        return DefaultMappings.forStrategy(strategy);
    }

    /**
     * Stored values were checked against the old declaration: an attribute a pair keeps must keep its type and
     * shape (its description may change), or the values already stored would no longer match what clients see.
     */
    private static void requireUsedAttributesUnchanged(AttributeMapping before, AttributeMapping after) {
        for (MappingPair pair : after.pairs()) {
            if (!pair.scim().isDeclared()) {
                continue;
            }
            AttributePath path = new AttributePath(pair.scim().schemaUrn(), pair.scim().attribute(), null);
            Optional<AttributeDefinition> old = before.schemas().attribute(path)
                    .filter(d -> before.schemas().schemaOf(path).orElseThrow().id().equals(pair.scim().schemaUrn()));
            if (old.isPresent() && !sameShape(old.get(), pair.scim().attributeDefinition())) {
                throw BadRequestException.invalidValue("schema_extensions changes " + pair.scim().schemaUrn() + ":"
                        + pair.scim().attribute() + ", which the mapping pair " + new RawMappingPair(
                        pair.scim().toString(), pair.auth0().toString()).describe()
                        + " uses; remove the pair first, or leave the attribute as it is");
            }
        }
    }

    private static boolean sameShape(AttributeDefinition a, AttributeDefinition b) {
        return a.withoutDescription().equals(b.withoutDescription());
    }
}
