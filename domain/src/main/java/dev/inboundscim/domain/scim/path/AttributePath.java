package dev.inboundscim.domain.scim.path;

import java.util.Objects;

/**
 * A reference to a SCIM attribute as RFC 7644 §3.10 writes it: an optional schema URN, an attribute name and an
 * optional sub-attribute name. Names keep the client's spelling; comparisons ignore case (RFC 7643 §2.1).
 *
 * @param schemaUrn    the schema URN prefix, or null when the client wrote none
 * @param attribute    the attribute name
 * @param subAttribute the sub-attribute name, or null
 */
public record AttributePath(String schemaUrn, String attribute, String subAttribute) {

    public AttributePath {
        Objects.requireNonNull(attribute, "attribute");
        if (attribute.isEmpty()) {
            throw new IllegalArgumentException("attribute must not be empty");
        }
    }

    public static AttributePath of(String attribute) {
        return new AttributePath(null, attribute, null);
    }

    public static AttributePath of(String attribute, String subAttribute) {
        return new AttributePath(null, attribute, subAttribute);
    }

    /** A copy whose sub-attribute is {@code name}. */
    public AttributePath withSubAttribute(String name) {
        return new AttributePath(schemaUrn, attribute, name);
    }

    /** {@code attribute} or {@code attribute.sub}, without the schema. */
    public String simpleName() {
        return subAttribute == null ? attribute : attribute + "." + subAttribute;
    }

    @Override
    public String toString() {
        String simple = simpleName();
        return schemaUrn == null ? simple : schemaUrn + ":" + simple;
    }
}
