package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.ResourceSchema;
import dev.inboundscim.domain.scim.schema.UserSchemas;
import java.util.ArrayList;
import java.util.List;

/**
 * The User schemas as one connection handles them (SPEC §3 {@code /Schemas}): only mapped attributes and
 * sub-attributes, plus {@code id}, {@code meta} and the read-only {@code groups}, so clients learn what will stick.
 * An extension (enterprise or declared, SPEC §10) appears when the mapping keeps one of its attributes.
 */
public final class MappedSchemas {

    private MappedSchemas() {
    }

    public static List<ResourceSchema> of(AttributeMapping mapping) {
        List<ResourceSchema> schemas = new ArrayList<>();
        List<AttributeDefinition> core = new ArrayList<>(UserSchemas.COMMON.stream()
                .filter(a -> !a.name().equals("externalId") || mapped(mapping, UserSchemas.CORE, a)).toList());
        core.addAll(trim(UserSchemas.CORE, mapping));
        UserSchemas.CORE.attribute("groups").ifPresent(core::add);
        schemas.add(UserSchemas.CORE.withAttributes(core));
        List<ResourceSchema> extensions = new ArrayList<>();
        extensions.add(UserSchemas.ENTERPRISE);
        extensions.addAll(mapping.schemas().extensions());
        for (ResourceSchema extension : extensions) {
            List<AttributeDefinition> kept = trim(extension, mapping);
            if (!kept.isEmpty()) {
                schemas.add(extension.withAttributes(kept));
            }
        }
        return schemas;
    }

    private static List<AttributeDefinition> trim(ResourceSchema schema, AttributeMapping mapping) {
        List<AttributeDefinition> kept = new ArrayList<>();
        for (AttributeDefinition attribute : schema.attributes()) {
            List<MappingPair> pairs = mapping.pairsFor(schema.id(), attribute.name());
            if (pairs.isEmpty()) {
                continue;
            }
            if (pairs.stream().anyMatch(p -> p.scim().subAttribute() == null)) {
                kept.add(attribute);
                continue;
            }
            kept.add(attribute.withSubAttributes(attribute.subAttributes().stream()
                    .filter(sub -> pairs.stream().anyMatch(p -> covers(p, sub.name())))
                    .toList()));
        }
        return kept;
    }

    private static boolean covers(MappingPair pair, String subName) {
        return subName.equals(pair.scim().subAttribute()) || pair.scim().elementSelector()
                .map(s -> s.subAttribute().equals(subName)).orElse(false);
    }

    private static boolean mapped(AttributeMapping mapping, ResourceSchema schema, AttributeDefinition attribute) {
        return !mapping.pairsFor(schema.id(), attribute.name()).isEmpty();
    }
}
