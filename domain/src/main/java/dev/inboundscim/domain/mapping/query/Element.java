package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.ElementSelector;
import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AllOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.filter.Present;
import dev.inboundscim.domain.scim.filter.ValuePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The mapping pairs that compose one value of a SCIM attribute: one element of a multi-valued attribute (all pairs
 * sharing a selector), the sub-attributes of a single-valued complex one, or one pair mapping the whole attribute.
 */
record Element(AttributeDefinition attribute, ElementSelector selector, List<MappingPair> pairs, boolean whole) {

    /** Where this element keeps {@code sub} (or the whole value when {@code sub} is null). */
    Optional<Target> targetFor(AttributeDefinition definition, String sub) {
        if (whole) {
            MappingPair pair = pairs.getFirst();
            if (sub == null && definition.multiValued() && !definition.isComplex()) {
                return Optional.of(new Target.ArrayValues(pair.auth0()));
            }
            if (sub == null) {
                return Optional.of(new Target.Field(pair, pair.auth0()));
            }
            String canonical = definition.subAttribute(sub).orElseThrow().name();
            if (definition.multiValued()) {
                return Optional.of(new Target.ArrayElements(pair.auth0(), canonical));
            }
            return Optional.of(new Target.Field(pair, Targets.extend(pair.auth0(), canonical)));
        }
        if (sub == null) {
            throw BadRequestException.invalidFilter(definition.name() + " is complex: name one of its sub-attributes");
        }
        if (selector != null && selector.subAttribute().equalsIgnoreCase(sub)) {
            return Optional.of(new Target.Constant(selector.value(),
                    pairs.stream().map(MappingPair::auth0).toList()));
        }
        return pairs.stream().filter(p -> p.scim().subAttribute().equalsIgnoreCase(sub)).findFirst()
                .map(p -> new Target.Field(p, p.auth0()));
    }

    /**
     * This element exists: one of its mapped values is present. For a whole array, RFC 7644's "non-empty value":
     * some element has a {@code value}, or for an attribute without one (addresses), any sub-attribute.
     */
    ProfileCondition presence() {
        if (whole && attribute.multiValued()) {
            ProfilePath array = pairs.getFirst().auth0();
            List<String> subs = attribute.subAttribute("value").isPresent() ? List.of("value")
                    : attribute.subAttributes().stream().map(AttributeDefinition::name).toList();
            return new ProfileCondition.AnyElement(array, new AnyOf(subs.stream().<ProfileCondition>map(
                    sub -> new ProfileCondition.FieldPresent(new ProfilePath(List.of(sub)))).toList()));
        }
        return new AnyOf(pairs.stream().<ProfileCondition>map(p -> new ProfileCondition.FieldPresent(p.auth0()))
                .toList());
    }

    /** {@code attribute[inner]} restricted to this element: it exists and matches {@code inner}. */
    ProfileCondition resolve(Filter inner) {
        if (whole && attribute.multiValued()) {
            // One element of the array must match the whole inner filter, so it is resolved per element.
            return new ProfileCondition.AnyElement(pairs.getFirst().auth0(), relative(inner));
        }
        return new AllOf(List.of(presence(), within(inner)));
    }

    /** {@code inner} over one element of a whole array: sub-attribute paths relative to the element. */
    private ProfileCondition relative(Filter inner) {
        return switch (inner) {
            case Filter.Logical logical -> logical.fold(ProfileCondition.LOGIC, this::relative);
            case Compare compare when compare.operator() == CompareOperator.NE ->
                    new Negation(relative(new Compare(compare.path(), CompareOperator.EQ, compare.value())));
            case Compare compare -> {
                AttributeDefinition sub = subDefinition(compare.path().attribute(), compare.path().subAttribute());
                yield new FieldComparison(new ProfilePath(List.of(sub.name())), compare.operator(), compare.value(),
                        sub.caseExact(), IndexedKey.NONE);
            }
            case Present present -> new ProfileCondition.FieldPresent(new ProfilePath(List.of(
                    subDefinition(present.path().attribute(), present.path().subAttribute()).name())));
            case ValuePath nested -> throw BadRequestException.invalidFilter("value filters cannot nest");
        };
    }

    private ProfileCondition within(Filter inner) {
        return switch (inner) {
            case Filter.Logical logical -> logical.fold(ProfileCondition.LOGIC, this::within);
            case Compare compare when compare.operator() == CompareOperator.NE ->
                    new Negation(within(new Compare(compare.path(), CompareOperator.EQ, compare.value())));
            case Compare compare -> {
                AttributeDefinition sub = subDefinition(compare.path().attribute(), compare.path().subAttribute());
                yield targetFor(attribute, sub.name())
                        .map(t -> t.compare(compare.operator(), compare.value(), sub.caseExact(), IndexedKey.NONE))
                        .orElse(new MatchNone());
            }
            case Present present -> {
                AttributeDefinition sub = subDefinition(present.path().attribute(), present.path().subAttribute());
                yield targetFor(attribute, sub.name()).map(Target::present).orElse(new MatchNone());
            }
            case ValuePath nested -> throw BadRequestException.invalidFilter("value filters cannot nest");
        };
    }

    private AttributeDefinition subDefinition(String name, String deeper) {
        if (deeper != null) {
            throw BadRequestException.invalidFilter("sub-attributes of " + attribute.name() + " have no sub-attributes");
        }
        return attribute.subAttribute(name).orElseThrow(() -> BadRequestException.invalidFilter(
                "value filter names a sub-attribute that " + attribute.name() + " does not have"));
    }
}
