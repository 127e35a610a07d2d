package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimException;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The SCIM side of a mapping pair, resolved against the User schemas and spelled canonically: {@code userName},
 * {@code name.givenName}, {@code emails[type eq "work"].value}, or an enterprise attribute. Auth0 writes the
 * enterprise URN with {@code .} before the attribute and Entra with {@code :}; both parse to the same path.
 *
 * @param schemaUrn    {@link SchemaUrns#CORE_USER}, {@link SchemaUrns#ENTERPRISE_USER} or a declared extension's
 * @param attribute    the attribute name as the schema spells it
 * @param selector     the element selector of a multi-valued attribute, or null
 * @param subAttribute the sub-attribute name as the schema spells it, or null for the whole attribute
 * @param definition   the top-level attribute's definition in that schema
 */
public record ScimMappingPath(String schemaUrn, String attribute, ElementSelector selector, String subAttribute,
                              AttributeDefinition definition) {

    public ScimMappingPath {
        Objects.requireNonNull(schemaUrn, "schemaUrn");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(definition, "definition");
    }

    /** Parses and resolves {@code text} against the standard User schemas. */
    public static ScimMappingPath parse(String text) {
        return parse(text, UserSchemaSet.STANDARD);
    }

    /** Parses and resolves {@code text}; a path {@code schemas} do not define is an {@code invalidValue}. */
    public static ScimMappingPath parse(String text, UserSchemaSet schemas) {
        PathExpression expression;
        try {
            expression = FilterParser.parsePath(text);
        } catch (ScimException e) {
            throw BadRequestException.invalidValue("SCIM path is not a valid attribute path: " + e.detail());
        }
        AttributePath path = schemas.canonical(expression.attribute());
        AttributeDefinition definition = schemas.attribute(path).orElseThrow(
                () -> BadRequestException.invalidValue("SCIM path names an attribute the User schemas do not define"));
        String schemaUrn = schemas.schemaOf(path).orElseThrow().id();
        if (expression.valueFilter() == null) {
            return plain(schemaUrn, definition, path.subAttribute());
        }

        if (path.subAttribute() != null) {
            throw BadRequestException.invalidValue("SCIM path has a sub-attribute before its value filter");
        }
        return element(schemaUrn, definition, expression);
    }

    private static ScimMappingPath plain(String schemaUrn, AttributeDefinition definition, String subName) {
        if (subName == null) {
            return new ScimMappingPath(schemaUrn, definition.name(), null, null, definition);
        }
        if (definition.multiValued()) {
            throw BadRequestException.invalidValue("SCIM path addresses a sub-attribute of the multi-valued "
                    + definition.name() + " without a value filter such as [type eq \"work\"]");
        }
        AttributeDefinition sub = subAttribute(definition, subName);
        return new ScimMappingPath(schemaUrn, definition.name(), null, sub.name(), definition);
    }

    private static ScimMappingPath element(String schemaUrn, AttributeDefinition definition,
                                           PathExpression expression) {
        if (!definition.multiValued()) {
            throw BadRequestException.invalidValue("SCIM path filters the single-valued attribute "
                    + definition.name());
        }
        if (!(expression.valueFilter() instanceof Compare compare) || compare.operator() != CompareOperator.EQ
                || compare.path().subAttribute() != null || compare.path().schemaUrn() != null) {
            throw BadRequestException.invalidValue("SCIM path value filters support only [sub eq \"value\"]");
        }
        if (expression.subAttribute() == null) {
            throw BadRequestException.invalidValue("SCIM path with a value filter must name a sub-attribute");
        }
        AttributeDefinition selectorSub = subAttribute(definition, compare.path().attribute());
        AttributeDefinition sub = subAttribute(definition, expression.subAttribute());
        ElementSelector selector;
        try {
            selector = new ElementSelector(selectorSub.name(), compare.value());
        } catch (IllegalArgumentException e) {
            throw BadRequestException.invalidValue("SCIM path value filter must compare with a string or boolean");
        }
        return new ScimMappingPath(schemaUrn, definition.name(), selector, sub.name(), definition);
    }

    private static AttributeDefinition subAttribute(AttributeDefinition definition, String subName) {
        return definition.subAttribute(subName).orElseThrow(() -> BadRequestException.invalidValue(
                "SCIM path names a sub-attribute that " + definition.name() + " does not have"));
    }

    /** Whether the attribute lives in an extension (enterprise or declared), under its URN in documents. */
    public boolean inExtension() {
        return !schemaUrn.equals(SchemaUrns.CORE_USER);
    }

    /** Whether the attribute lives in an extension the connection declared (not core, not enterprise). */
    public boolean isDeclared() {
        return inExtension() && !schemaUrn.equals(SchemaUrns.ENTERPRISE_USER);
    }

    /** The schema definition of the top-level attribute. */
    public AttributeDefinition attributeDefinition() {
        return definition;
    }

    /** The definition of the value this path addresses: the sub-attribute's, or the attribute's. */
    public AttributeDefinition valueDefinition() {
        AttributeDefinition top = attributeDefinition();
        return subAttribute == null ? top : top.subAttribute(subAttribute).orElseThrow();
    }

    public Optional<ElementSelector> elementSelector() {
        return Optional.ofNullable(selector);
    }

    /** Whether this path and {@code other} address the same value or one contains the other. */
    public boolean overlaps(ScimMappingPath other) {
        if (!schemaUrn.equals(other.schemaUrn) || !attribute.equals(other.attribute)) {
            return false;
        }
        if (subAttribute == null || other.subAttribute == null) {
            return true;
        }
        return Objects.equals(selector, other.selector) && subAttribute.equals(other.subAttribute);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (schemaUrn.equals(SchemaUrns.ENTERPRISE_USER)) {
            text.append(schemaUrn).append('.');
        } else if (inExtension()) {
            // A declared URN is unknown to the path grammar, so only RFC 7644's ":" reads back unambiguously.
            text.append(schemaUrn).append(':');
        }
        text.append(attribute);
        if (selector != null) {
            text.append(selector);
        }
        if (subAttribute != null) {
            text.append('.').append(subAttribute);
        }
        return text.toString();
    }
}
