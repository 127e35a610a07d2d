package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.AttributeType;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sortBy}/{@code sortOrder} (RFC 7644 §3.4.2.3) resolved through a connection's mapping to the profile path
 * stores order by. Only single-valued attributes sort; a sort key the mapping does not keep sorts nothing (every
 * value is missing), so the stable creation order decides, as for equal values.
 *
 * @param path       the profile path, or null when the mapping does not keep the attribute
 * @param caseExact  whether values compare as written (else by their canonical text)
 * @param descending {@code sortOrder=descending}
 * @param numeric    whether the attribute is a number (integer or decimal), which orders by value, not as text
 */
public record SortKey(ProfilePath path, boolean caseExact, boolean descending, boolean numeric) {

    public SortKey(ProfilePath path, boolean caseExact, boolean descending) {
        this(path, caseExact, descending, false);
    }

    /** The sort key for the raw parameters; null when {@code sortBy} is absent. */
    public static SortKey of(String sortBy, String sortOrder, AttributeMapping mapping) {
        return of(UserSort.parse(sortBy, sortOrder), mapping);
    }

    /** Where {@code sort} orders users under {@code mapping}; null when there is no sort. */
    public static SortKey of(UserSort sort, AttributeMapping mapping) {
        if (sort == null) {
            return null;
        }
        UserSchemaSet schemas = mapping.schemas();
        AttributePath path = schemas.canonical(sort.path());
        AttributeDefinition top = schemas.attribute(path).orElseThrow(() ->
                BadRequestException.invalidValue("sortBy names an attribute no User schema defines"));
        AttributeDefinition leaf = path.subAttribute() == null ? top : top.subAttribute(path.subAttribute())
                .orElseThrow(() -> BadRequestException.invalidValue("sortBy names a sub-attribute that "
                        + top.name() + " does not have"));
        if (top.multiValued() || leaf.isComplex()) {
            throw BadRequestException.invalidValue("sortBy needs a single-valued simple attribute");
        }
        String schemaUrn = schemas.schemaOf(path).orElseThrow().id();
        String sub = leaf == top ? null : leaf.name();
        Optional<MappingPair> pair = mapping.pairsFor(schemaUrn, top.name()).stream()
                .filter(p -> p.scim().selector() == null)
                .filter(p -> sub == null ? p.scim().subAttribute() == null : sub.equals(p.scim().subAttribute()))
                .findFirst();
        boolean numeric = leaf.type() == AttributeType.INTEGER || leaf.type() == AttributeType.DECIMAL;
        return new SortKey(pair.map(MappingPair::auth0).orElse(null), leaf.caseExact(), sort.descending(), numeric);
    }

    /** {@code sortOrder}: absent or "ascending" is false, "descending" true, in any case; else 400. */
    public static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank()) {
            return false;
        }
        return switch (sortOrder.toLowerCase(Locale.ROOT)) {
            case "ascending" -> false;
            case "descending" -> true;
            default -> throw BadRequestException.invalidValue("sortOrder must be ascending or descending");
        };
    }
}
