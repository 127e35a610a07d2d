package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.UserSchemas;

/**
 * {@code sortBy}/{@code sortOrder} on Users (RFC 7644 §3.4.2.3), checked against the User schemas: only a
 * single-valued simple attribute orders users. Which profile path it sorts is the connection's mapping's to say
 * ({@link SortKey}).
 *
 * @param schemaUrn    the schema that defines the attribute
 * @param attribute    the attribute's name as the schema spells it
 * @param subAttribute the sub-attribute's name as the schema spells it, or null
 * @param caseExact    whether values compare as written (else by their canonical text)
 * @param descending   {@code sortOrder=descending}
 */
public record UserSort(String schemaUrn, String attribute, String subAttribute, boolean caseExact,
                       boolean descending) {

    /** The sort the raw parameters ask for; null when {@code sortBy} is absent, whatever {@code sortOrder} says. */
    public static UserSort parse(String sortBy, String sortOrder) {
        if (sortBy == null || sortBy.isBlank()) {
            return null;
        }
        boolean descending = SortKey.descending(sortOrder);
        AttributePath path = FilterParser.parseAttributePath(sortBy);
        AttributeDefinition top = UserSchemas.attribute(path).orElseThrow(() ->
                BadRequestException.invalidValue("sortBy names an attribute no User schema defines"));
        AttributeDefinition leaf = path.subAttribute() == null ? top : top.subAttribute(path.subAttribute())
                .orElseThrow(() -> BadRequestException.invalidValue("sortBy names a sub-attribute that "
                        + top.name() + " does not have"));
        if (top.multiValued() || leaf.isComplex()) {
            throw BadRequestException.invalidValue("sortBy needs a single-valued simple attribute");
        }
        return new UserSort(UserSchemas.schemaOf(path).orElseThrow().id(), top.name(),
                leaf == top ? null : leaf.name(), leaf.caseExact(), descending);
    }
}
