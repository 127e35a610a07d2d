package dev.inboundscim.domain.scim.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A SCIM schema (RFC 7643 §7): its URN, name and attribute definitions. */
public record ResourceSchema(String id, String name, String description, List<AttributeDefinition> attributes) {

    public ResourceSchema {
        Objects.requireNonNull(id, "id");
        attributes = List.copyOf(attributes);
    }

    /** The top-level attribute called {@code attributeName}, ignoring case. */
    public Optional<AttributeDefinition> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attributeName)).findFirst();
    }

    /** A copy with only the given attributes, for documents that reflect a connection's mapping. */
    public ResourceSchema withAttributes(List<AttributeDefinition> kept) {
        return new ResourceSchema(id, name, description, kept);
    }
}
