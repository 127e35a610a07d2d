package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.Mutability;
import dev.inboundscim.domain.scim.schema.SchemaSet;
import dev.inboundscim.domain.scim.schema.SchemaSet.ResolvedAttribute;
import java.util.Map;

/**
 * Where a PATCH path points: the attribute (with the extension holding it), an optional element filter and an
 * optional sub-attribute, all checked against the schema before anything is touched.
 */
record PatchTarget(ResolvedAttribute resolved, Filter filter, AttributeDefinition sub) {

    static PatchTarget of(PathExpression written, SchemaSet schemas) {
        PathExpression path = new PathExpression(schemas.canonical(written.attribute()), written.valueFilter(),
                written.subAttribute());
        ResolvedAttribute resolved = schemas.resolve(path.attribute()).orElseThrow(() ->
                BadRequestException.invalidPath("the path names an attribute that no schema of the resource defines"));
        AttributeDefinition attribute = resolved.definition();
        String subName = path.attribute().subAttribute() != null ? path.attribute().subAttribute()
                : path.subAttribute();
        if (path.attribute().subAttribute() != null && path.subAttribute() != null) {
            throw BadRequestException.invalidPath("the path has two sub-attributes");
        }
        if (path.valueFilter() != null && !attribute.isComplex()) {
            throw BadRequestException.invalidPath("a value filter needs a complex attribute; "
                    + attribute.name() + " is not one");
        }
        AttributeDefinition sub = null;
        if (subName != null) {
            sub = attribute.subAttribute(subName).orElseThrow(() -> BadRequestException.invalidPath(
                    attribute.name() + " has no such sub-attribute"));
        }
        if (attribute.mutability() == Mutability.READ_ONLY || sub != null && sub.mutability() == Mutability.READ_ONLY) {
            throw BadRequestException.mutability((sub == null ? attribute.name() : attribute.name() + "."
                    + sub.name()) + " is read-only");
        }
        return new PatchTarget(resolved, path.valueFilter(), sub);
    }

    AttributeDefinition attribute() {
        return resolved.definition();
    }

    /** The map that holds the attribute: the document, or its extension object (created when {@code create}). */
    Map<String, Object> container(Map<String, Object> document, boolean create) {
        if (!resolved.inExtension()) {
            return document;
        }
        if (!create && !(MutableJson.get(document, resolved.extensionUrn()) instanceof Map<?, ?>)) {
            return new java.util.LinkedHashMap<>();
        }
        return MutableJson.object(document, resolved.extensionUrn());
    }
}
