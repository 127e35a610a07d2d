package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ExtensionValues;
import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.MappingValues;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.Present;
import dev.inboundscim.domain.scim.filter.ValuePath;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.AttributeType;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites a SCIM filter over Users into a {@link ProfileCondition} through a connection's mapping (SPEC §3): an
 * attribute no schema defines is {@code invalidFilter}; a schema attribute the mapping does not keep matches nothing.
 */
public final class FilterResolver {

    private final AttributeMapping mapping;

    public FilterResolver(AttributeMapping mapping) {
        this.mapping = mapping;
    }

    public ProfileCondition resolve(Filter filter) {
        return Conditions.simplify(switch (filter) {
            case Filter.Logical logical -> logical.fold(ProfileCondition.LOGIC, this::resolve);
            case Compare compare -> compare(new Compare(canonical(compare.path()), compare.operator(),
                    compare.value()));
            case Present present -> present(canonical(present.path()));
            case ValuePath valuePath -> valuePath(new ValuePath(canonical(valuePath.path()), valuePath.filter()));
        });
    }

    private AttributePath canonical(AttributePath path) {
        return mapping.schemas().canonical(path);
    }

    private ProfileCondition compare(Compare compare) {
        if (compare.operator() == CompareOperator.NE) {
            // RFC semantics (FilterEvaluator): ne holds when no value equals, absent values and elements included.
            return new Negation(compare(new Compare(compare.path(), CompareOperator.EQ, compare.value())));
        }
        AttributePath path = compare.path();
        AttributeDefinition attribute = definition(path);
        if (attribute.name().equals("groups")) {
            return GroupsFilters.compare(compare);
        }
        if (attribute.name().equals("id") && compare.operator() == CompareOperator.EQ
                && compare.value() instanceof ScimString id) {
            return new ProfileCondition.UserIdEquals(id.value());
        }
        if (attribute.name().equals("active")) {
            return active(compare);
        }
        if (attribute.name().equals("meta")) {
            return MetaFilters.compare(path, compare.operator(), compare.value());
        }
        rejectUnsupportedCommon(attribute);
        AttributeDefinition valueDefinition = valueDefinition(attribute, path);
        ScimValue literal = typed(valueDefinition, compare.value());
        List<Target> targets = Targets.of(mapping, path, attribute, effectiveSub(attribute, path));
        return new AnyOf(targets.stream().map(t -> t.compare(compare.operator(), literal,
                valueDefinition.caseExact(), keyFor(t, path))).toList());
    }

    private ProfileCondition present(AttributePath path) {
        AttributeDefinition attribute = definition(path);
        if (attribute.name().equals("active") || attribute.name().equals("id")) {
            return new MatchAll();
        }
        if (attribute.name().equals("groups")) {
            return GroupsFilters.present(path.subAttribute());
        }
        if (attribute.name().equals("meta")) {
            return MetaFilters.present(path);
        }
        rejectUnsupportedCommon(attribute);
        valueDefinition(attribute, path);
        if (path.subAttribute() == null && attribute.isComplex()) {
            // RFC 7644 §3.4.2.2: a complex attribute is present when any of its values is.
            return new AnyOf(Targets.elements(mapping, path, attribute).stream().map(Element::presence).toList());
        }
        List<Target> targets = Targets.of(mapping, path, attribute, path.subAttribute());
        return new AnyOf(targets.stream().map(Target::present).toList());
    }

    private ProfileCondition valuePath(ValuePath valuePath) {
        AttributeDefinition attribute = definition(valuePath.path());
        if (!attribute.isComplex()) {
            throw BadRequestException.invalidFilter("a value filter needs a complex attribute, "
                    + attribute.name() + " is not one");
        }
        if (attribute.name().equals("groups")) {
            return GroupsFilters.valuePath(valuePath);
        }
        rejectUnsupportedCommon(attribute);
        return new AnyOf(Targets.elements(mapping, valuePath.path(), attribute).stream()
                .map(element -> element.resolve(valuePath.filter()))
                .toList());
    }

    private ProfileCondition active(Compare compare) {
        Optional<MappingPair> pair = mapping.pairs().stream().filter(MappingPair::isActiveToBlocked).findFirst();
        if (pair.isEmpty()) {
            return new MatchNone();
        }
        Optional<ScimBoolean> wanted = MappingValues.asBoolean(compare.value());
        if (wanted.isEmpty() || (compare.operator() != CompareOperator.EQ
                && compare.operator() != CompareOperator.NE)) {
            throw BadRequestException.invalidFilter("active compares only with eq or ne and a boolean");
        }
        boolean active = wanted.get().value() == (compare.operator() == CompareOperator.EQ);
        // A profile without "blocked" is active, so test for blocked:true and negate, never for blocked:false.
        ProfileCondition blocked = new FieldComparison(pair.get().auth0(), CompareOperator.EQ, ScimBoolean.TRUE,
                true, IndexedKey.NONE);
        return active ? new Negation(blocked) : blocked;
    }

    private IndexedKey keyFor(Target target, AttributePath path) {
        if (!(target instanceof Target.Field field) || path.subAttribute() != null
                && field.pair().scim().subAttribute() == null) {
            return IndexedKey.NONE;
        }
        if (field.pair().scim().equals(mapping.userIdAttribute())) {
            return IndexedKey.USER_ID_ATTRIBUTE;
        }
        if (field.pair().scim().attribute().equals("userName") && field.pair().scim().subAttribute() == null) {
            return IndexedKey.USER_NAME;
        }
        return IndexedKey.NONE;
    }

    /**
     * A dateTime literal in the fixed-width UTC form dateTime values are stored in, so comparing the stored strings
     * compares instants (RFC 7644 §3.4.2.2); anything else compares as written.
     */
    private static ScimValue typed(AttributeDefinition definition, ScimValue literal) {
        if (definition.type() != AttributeType.DATE_TIME || !(literal instanceof ScimString)) {
            return literal;
        }
        return ExtensionValues.dateTime(literal).<ScimValue>map(ScimString::new).orElseThrow(() ->
                BadRequestException.invalidFilter(definition.name() + " compares with an RFC 3339 date-time such as "
                        + "\"2026-01-31T12:00:00Z\""));
    }

    /** RFC 7644 §3.4.2.2: a complex multi-valued attribute compared without a sub-attribute means its value. */
    private static String effectiveSub(AttributeDefinition attribute, AttributePath path) {
        if (path.subAttribute() == null && attribute.isComplex() && attribute.subAttribute("value").isPresent()) {
            return "value";
        }
        return path.subAttribute();
    }

    private static void rejectUnsupportedCommon(AttributeDefinition attribute) {
        if (attribute.name().equals("meta") || attribute.name().equals("id")) {
            throw BadRequestException.invalidFilter("filtering on " + attribute.name()
                    + " supports only id eq \"…\" and meta.created, meta.lastModified, meta.resourceType");
        }
    }

    private AttributeDefinition definition(AttributePath path) {
        return mapping.schemas().attribute(path).orElseThrow(() -> BadRequestException.invalidFilter(
                "filter names the attribute " + safeName(path) + ", which no User schema defines"));
    }

    static AttributeDefinition valueDefinition(AttributeDefinition attribute, AttributePath path) {
        String sub = path.subAttribute();
        if (sub == null) {
            return attribute.subAttribute("value").filter(v -> attribute.isComplex()).orElse(attribute);
        }
        return attribute.subAttribute(sub).orElseThrow(() -> BadRequestException.invalidFilter(
                "filter names a sub-attribute that " + attribute.name() + " does not have"));
    }

    /** Attribute names are echoed only when they look like names, so a crafted path cannot smuggle text back. */
    private static String safeName(AttributePath path) {
        String name = path.simpleName();
        return name.matches("[A-Za-z$][A-Za-z0-9_$.-]{0,64}") ? name : "(unprintable)";
    }
}
