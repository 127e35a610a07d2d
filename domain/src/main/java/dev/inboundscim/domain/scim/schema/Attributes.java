package dev.inboundscim.domain.scim.schema;

import java.util.List;

/** Terse builders for the RFC 7643 schema tables; package-private because only the schema constants use them. */
final class Attributes {

    private Attributes() {
    }

    static AttributeDefinition string(String name, String description) {
        return new AttributeDefinition(name, AttributeType.STRING, false, false, false, Mutability.READ_WRITE,
                "default", "none", description, List.of(), List.of());
    }

    static AttributeDefinition exactString(String name, String description) {
        return new AttributeDefinition(name, AttributeType.STRING, false, false, true, Mutability.READ_WRITE,
                "default", "none", description, List.of(), List.of());
    }

    static AttributeDefinition canonical(String name, String description, String... values) {
        return new AttributeDefinition(name, AttributeType.STRING, false, false, false, Mutability.READ_WRITE,
                "default", "none", description, List.of(values), List.of());
    }

    static AttributeDefinition reference(String name, String description) {
        return new AttributeDefinition(name, AttributeType.REFERENCE, false, false, false, Mutability.READ_WRITE,
                "default", "none", description, List.of(), List.of());
    }

    static AttributeDefinition bool(String name, String description) {
        return new AttributeDefinition(name, AttributeType.BOOLEAN, false, false, false, Mutability.READ_WRITE,
                "default", "none", description, List.of(), List.of());
    }

    static AttributeDefinition complex(String name, String description, AttributeDefinition... subs) {
        return new AttributeDefinition(name, AttributeType.COMPLEX, false, false, false, Mutability.READ_WRITE,
                "default", "none", description, List.of(), List.of(subs));
    }

    static AttributeDefinition multi(String name, String description, AttributeDefinition... subs) {
        return new AttributeDefinition(name, AttributeType.COMPLEX, true, false, false, Mutability.READ_WRITE,
                "default", "none", description, List.of(), List.of(subs));
    }

    /** The value/display/type/primary quartet shared by emails, phoneNumbers, ims, photos, entitlements, roles. */
    static AttributeDefinition[] typedValue(AttributeType valueType, String... types) {
        AttributeDefinition value = new AttributeDefinition("value", valueType, false, false, false,
                Mutability.READ_WRITE, "default", "none", "The value", List.of(), List.of());
        return new AttributeDefinition[] {
                value,
                string("display", "A human-readable name, primarily used for display purposes"),
                canonical("type", "A label indicating the attribute's function", types),
                bool("primary", "Indicates the 'primary' or preferred attribute value")};
    }

    static AttributeDefinition readOnly(AttributeDefinition d) {
        return new AttributeDefinition(d.name(), d.type(), d.multiValued(), d.required(), d.caseExact(),
                Mutability.READ_ONLY, d.returned(), d.uniqueness(), d.description(), d.canonicalValues(),
                d.subAttributes().stream().map(Attributes::readOnly).toList());
    }

    static AttributeDefinition required(AttributeDefinition d, String uniqueness) {
        return new AttributeDefinition(d.name(), d.type(), d.multiValued(), true, d.caseExact(), d.mutability(),
                d.returned(), uniqueness, d.description(), d.canonicalValues(), d.subAttributes());
    }

    static AttributeDefinition writeOnly(AttributeDefinition d) {
        return new AttributeDefinition(d.name(), d.type(), d.multiValued(), d.required(), d.caseExact(),
                Mutability.WRITE_ONLY, "never", d.uniqueness(), d.description(), d.canonicalValues(),
                d.subAttributes());
    }
}
