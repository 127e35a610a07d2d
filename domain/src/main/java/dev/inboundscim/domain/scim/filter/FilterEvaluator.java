package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.UserSchemas;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a filter against a SCIM document in memory: the reference semantics of RFC 7644 §3.4.2.2 that the
 * stores' translations must agree with, and the element selection of PATCH value paths (§3.5.2).
 */
public final class FilterEvaluator {

    private FilterEvaluator() {
    }

    /** Whether a User document matches; a path no User schema defines is {@code invalidFilter}. */
    public static boolean matchesUser(Filter filter, ScimObject user) {
        return switch (filter) {
            case And and -> matchesUser(and.left(), user) && matchesUser(and.right(), user);
            case Or or -> matchesUser(or.left(), user) || matchesUser(or.right(), user);
            case Not not -> !matchesUser(not.inner(), user);
            case Compare compare -> {
                AttributeDefinition top = userAttribute(compare.path());
                yield Comparison.matches(values(container(user, compare.path(), top), top, compare.path()),
                        compare.operator(), compare.value(), leaf(top, compare.path()));
            }
            case Present present -> {
                AttributeDefinition top = userAttribute(present.path());
                ScimObject container = container(user, present.path(), top);
                if (present.path().subAttribute() == null && top.isComplex()
                        && top.subAttribute("value").isEmpty()) {
                    // RFC 7644 §3.4.2.2: a complex attribute without a value is present when a node is non-empty.
                    yield elements(container.getIgnoreCase(top.name()).orElse(null)).stream()
                            .anyMatch(e -> e.fields().values().stream().anyMatch(v -> !v.isUnassigned()));
                }
                yield values(container, top, present.path()).stream().anyMatch(v -> !v.isUnassigned());
            }
            case ValuePath valuePath -> {
                AttributeDefinition top = userAttribute(valuePath.path());
                yield elements(container(user, valuePath.path(), top).getIgnoreCase(top.name()).orElse(null))
                        .stream().anyMatch(e -> matchesElement(valuePath.filter(), e, top));
            }
        };
    }

    /**
     * Whether one element of the complex attribute {@code attribute} matches a value filter, whose paths name the
     * attribute's sub-attributes.
     */
    public static boolean matchesElement(Filter filter, ScimObject element, AttributeDefinition attribute) {
        return switch (filter) {
            case And and -> matchesElement(and.left(), element, attribute)
                    && matchesElement(and.right(), element, attribute);
            case Or or -> matchesElement(or.left(), element, attribute)
                    || matchesElement(or.right(), element, attribute);
            case Not not -> !matchesElement(not.inner(), element, attribute);
            case Compare compare -> {
                AttributeDefinition sub = subAttribute(attribute, compare.path());
                yield Comparison.matches(element.getIgnoreCase(sub.name()).map(List::of).orElse(List.of()),
                        compare.operator(), compare.value(), sub);
            }
            case Present present -> element.getIgnoreCase(subAttribute(attribute, present.path()).name())
                    .filter(v -> !v.isUnassigned()).isPresent();
            case ValuePath nested -> throw BadRequestException.invalidFilter("value filters cannot nest");
        };
    }

    /** The elements of a multi-valued complex value, or the value itself for a single complex one. */
    public static List<ScimObject> elements(ScimValue value) {
        return switch (value) {
            case ScimArray array -> array.values().stream()
                    .flatMap(v -> v instanceof ScimObject o ? java.util.stream.Stream.of(o)
                            : java.util.stream.Stream.empty()).toList();
            case ScimObject object -> List.of(object);
            case null, default -> List.of();
        };
    }

    private static AttributeDefinition userAttribute(AttributePath path) {
        return UserSchemas.attribute(path).orElseThrow(() -> BadRequestException.invalidFilter(
                "filter names an attribute that no User schema defines"));
    }

    private static AttributeDefinition subAttribute(AttributeDefinition attribute, AttributePath path) {
        if (path.subAttribute() != null || path.schemaUrn() != null) {
            throw BadRequestException.invalidFilter("value filters name sub-attributes of " + attribute.name());
        }
        return attribute.subAttribute(path.attribute()).orElseThrow(() -> BadRequestException.invalidFilter(
                "value filter names a sub-attribute that " + attribute.name() + " does not have"));
    }

    /** The definition the compared values follow: the sub-attribute, or {@code value} of a bare complex one. */
    private static AttributeDefinition leaf(AttributeDefinition top, AttributePath path) {
        if (path.subAttribute() != null) {
            return top.subAttribute(path.subAttribute()).orElseThrow(() -> BadRequestException.invalidFilter(
                    "filter names a sub-attribute that " + top.name() + " does not have"));
        }
        if (top.isComplex()) {
            return top.subAttribute("value").orElseThrow(() -> BadRequestException.invalidFilter(
                    top.name() + " is complex: name one of its sub-attributes"));
        }
        return top;
    }

    private static ScimObject container(ScimObject user, AttributePath path, AttributeDefinition top) {
        boolean enterprise = SchemaUrns.ENTERPRISE_USER.equalsIgnoreCase(path.schemaUrn())
                || path.schemaUrn() == null && UserSchemas.ENTERPRISE.attribute(top.name()).orElse(null) == top;
        if (!enterprise) {
            return user;
        }
        return user.getIgnoreCase(SchemaUrns.ENTERPRISE_USER).filter(ScimObject.class::isInstance)
                .map(ScimObject.class::cast).orElse(ScimObject.EMPTY);
    }

    /** Every value the path reaches: multi-valued attributes contribute each element (RFC 7644 §3.4.2.2). */
    private static List<ScimValue> values(ScimObject container, AttributeDefinition top, AttributePath path) {
        Optional<ScimValue> value = container.getIgnoreCase(top.name()).filter(v -> !(v instanceof ScimNull));
        if (value.isEmpty()) {
            return List.of();
        }
        String sub = path.subAttribute() != null ? leaf(top, path).name()
                : top.isComplex() ? "value" : null;
        List<ScimValue> found = new ArrayList<>();
        if (sub == null) {
            if (value.get() instanceof ScimArray array) {
                found.addAll(array.values());
            } else {
                found.add(value.get());
            }
            return found;
        }
        for (ScimObject element : elements(value.get())) {
            element.getIgnoreCase(sub).ifPresent(v -> {
                if (v instanceof ScimArray array) {
                    found.addAll(array.values());
                } else {
                    found.add(v);
                }
            });
        }
        return found;
    }
}
