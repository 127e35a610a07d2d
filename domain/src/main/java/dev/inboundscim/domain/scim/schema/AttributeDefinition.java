package dev.inboundscim.domain.scim.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of a SCIM schema (RFC 7643 §7): what {@code /Schemas} publishes and what mapping validation and
 * type checks consult.
 */
public record AttributeDefinition(String name, AttributeType type, boolean multiValued, boolean required,
                                  boolean caseExact, Mutability mutability, String returned, String uniqueness,
                                  String description, List<String> canonicalValues,
                                  List<AttributeDefinition> subAttributes) {

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        canonicalValues = List.copyOf(canonicalValues);
        subAttributes = List.copyOf(subAttributes);
    }

    /** The sub-attribute called {@code subName}, ignoring case. */
    public Optional<AttributeDefinition> subAttribute(String subName) {
        return subAttributes.stream().filter(s -> s.name.equalsIgnoreCase(subName)).findFirst();
    }

    public boolean isComplex() {
        return type == AttributeType.COMPLEX;
    }

    /** A copy without descriptions (here and in sub-attributes), to compare what a definition means. */
    public AttributeDefinition withoutDescription() {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned, uniqueness,
                null, canonicalValues, subAttributes.stream().map(AttributeDefinition::withoutDescription).toList());
    }

    /** A copy listing only the given sub-attributes, for {@code /Schemas} documents that reflect a mapping. */
    public AttributeDefinition withSubAttributes(List<AttributeDefinition> subs) {
        return new AttributeDefinition(name, type, multiValued, required, caseExact, mutability, returned, uniqueness,
                description, canonicalValues, subs);
    }
}
