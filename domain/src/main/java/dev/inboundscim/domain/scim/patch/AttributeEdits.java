package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.FilterEvaluator;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The three PATCH edits on one resolved target of a mutable document (RFC 7644 §3.5.2.1–3). */
final class AttributeEdits {

    private static final Pattern JSON_TEXT = Pattern.compile("\\s*[\\[{].*[\\]}]\\s*", Pattern.DOTALL);

    private AttributeEdits() {
    }

    static void add(Map<String, Object> document, PatchTarget target, ScimValue value) {
        AttributeDefinition attribute = target.attribute();
        Map<String, Object> container = target.container(document, true);
        if (editedElements(container, target, value, true)) {
            return;
        }
        requireShape(attribute, value);
        if (attribute.multiValued()) {
            List<Object> current = MutableJson.list(container, attribute.name());
            for (ScimValue element : asList(value)) {
                Object thawed = MutableJson.thaw(element);
                if (!current.contains(thawed)) {
                    current.add(thawed);
                }
            }
            return;
        }
        setOrMergeAttribute(container, attribute, value);
    }

    static void replace(Map<String, Object> document, PatchTarget target, ScimValue value) {
        AttributeDefinition attribute = target.attribute();
        Map<String, Object> container = target.container(document, true);
        if (editedElements(container, target, value, false)) {
            return;
        }
        requireShape(attribute, value);
        if (attribute.multiValued()) {
            MutableJson.put(container, attribute.name(), new ArrayList<>(asList(value).stream()
                    .map(MutableJson::thaw).toList()));
            return;
        }
        setOrMergeAttribute(container, attribute, value);
    }

    static void remove(Map<String, Object> document, PatchTarget target, ScimValue value) {
        AttributeDefinition attribute = target.attribute();
        Map<String, Object> container = target.container(document, false);
        if (attribute.required() && target.filter() == null && target.sub() == null) {
            throw BadRequestException.mutability(attribute.name() + " is required and cannot be removed");
        }
        if (target.filter() != null) {
            List<Map<String, Object>> matches = matching(container, target);
            if (target.sub() == null) {
                MutableJson.list(container, attribute.name()).removeIf(e -> matches.stream().anyMatch(m -> m == e));
                dropIfEmpty(container, attribute.name());
            } else {
                matches.forEach(element -> MutableJson.remove(element, target.sub().name()));
            }
            return;
        }
        if (target.sub() != null) {
            subOfEveryValue(container, target, false).forEach(e -> MutableJson.remove(e, target.sub().name()));
            return;
        }
        if (attribute.multiValued() && value != null && !value.isUnassigned()) {
            // Entra removes members with {"op":"Remove","path":"members","value":[{"value":"id"}]}.
            List<Object> current = MutableJson.list(container, attribute.name());
            for (ScimValue unwanted : asList(value)) {
                current.removeIf(element -> sameElement(element, unwanted));
            }
            dropIfEmpty(container, attribute.name());
            return;
        }
        MutableJson.remove(container, attribute.name());
    }

    /**
     * Edits a filtered path or a sub-attribute path, returning false for a plain attribute path. With a filter that
     * selects nothing, {@code add} creates the element and {@code replace} is {@code noTarget} (RFC 7644 §3.5.2.3).
     */
    private static boolean editedElements(Map<String, Object> container, PatchTarget target, ScimValue value,
                                          boolean createMissing) {
        AttributeDefinition attribute = target.attribute();
        if (target.filter() != null) {
            List<Map<String, Object>> matches = matching(container, target);
            if (matches.isEmpty() && !createMissing) {
                throw BadRequestException.noTarget("no element of " + attribute.name() + " matches the filter");
            }
            if (matches.isEmpty()) {
                Map<String, Object> created = ElementTemplate.from(target.filter(), attribute);
                MutableJson.list(container, attribute.name()).add(created);
                matches = List.of(created);
            }
            matches.forEach(element -> setOrMerge(element, target, value));
            return true;
        }
        if (target.sub() != null) {
            subOfEveryValue(container, target, true).forEach(e -> MutableJson.put(e, target.sub().name(),
                    MutableJson.thaw(value)));
            return true;
        }
        return false;
    }

    private static void setOrMerge(Map<String, Object> element, PatchTarget target, ScimValue value) {
        if (target.sub() != null) {
            MutableJson.put(element, target.sub().name(), MutableJson.thaw(value));
        } else if (value instanceof ScimObject members) {
            members.fields().forEach((k, v) -> MutableJson.put(element, k, MutableJson.thaw(v)));
        } else {
            throw BadRequestException.invalidValue("a filtered path without a sub-attribute needs an object value");
        }
    }

    /** RFC 7644 §3.5.2.1/3: a complex value merges into the existing sub-attributes; anything else is set. */
    private static void setOrMergeAttribute(Map<String, Object> container, AttributeDefinition attribute,
                                            ScimValue value) {
        if (attribute.isComplex() && value instanceof ScimObject members) {
            Map<String, Object> current = MutableJson.object(container, attribute.name());
            members.fields().forEach((k, v) -> MutableJson.put(current, k, MutableJson.thaw(v)));
        } else {
            MutableJson.put(container, attribute.name(), MutableJson.thaw(value));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> matching(Map<String, Object> container, PatchTarget target) {
        List<Map<String, Object>> matches = new ArrayList<>();
        Object current = MutableJson.get(container, target.attribute().name());
        List<?> elements = current instanceof List<?> list ? list : current instanceof Map<?, ?> ? List.of(current)
                : List.of();
        for (Object element : elements) {
            if (element instanceof Map<?, ?> map && FilterEvaluator.matchesElement(target.filter(),
                    (ScimObject) MutableJson.freeze(map), target.attribute())) {
                matches.add((Map<String, Object>) map);
            }
        }
        return matches;
    }

    /** The objects whose sub-attribute {@code attr.sub} addresses: the complex value, or every element. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> subOfEveryValue(Map<String, Object> container, PatchTarget target,
                                                            boolean create) {
        AttributeDefinition attribute = target.attribute();
        if (!attribute.isComplex()) {
            throw BadRequestException.invalidPath(attribute.name() + " has no sub-attributes");
        }
        if (!attribute.multiValued()) {
            if (!create && !(MutableJson.get(container, attribute.name()) instanceof Map<?, ?>)) {
                return List.of();
            }
            return List.of(MutableJson.object(container, attribute.name()));
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Object element : MutableJson.list(container, attribute.name())) {
            if (element instanceof Map<?, ?> map) {
                elements.add((Map<String, Object>) map);
            }
        }
        if (elements.isEmpty() && create) {
            throw BadRequestException.noTarget(attribute.name() + " has no element to set "
                    + target.sub().name() + " on; use a value filter such as " + attribute.name()
                    + "[type eq \"work\"]." + target.sub().name());
        }
        return elements;
    }

    private static boolean sameElement(Object element, ScimValue unwanted) {
        ScimValue current = MutableJson.freeze(element);
        if (current.equals(unwanted)) {
            return true;
        }
        return current instanceof ScimObject object && unwanted instanceof ScimObject wanted
                && wanted.getIgnoreCase("value").isPresent()
                && wanted.getIgnoreCase("value").equals(object.getIgnoreCase("value"));
    }

    /**
     * A whole attribute's value must have the attribute's shape: objects for a complex attribute (each element of a
     * multi-valued one), simple values otherwise, an array only for a multi-valued one. Anything else is
     * {@code invalidValue} (RFC 7644 §3.5.2), never a value silently dropped by the mapping later.
     */
    private static void requireShape(AttributeDefinition attribute, ScimValue value) {
        if (value == null || value.isUnassigned()) {
            return;
        }
        if (value instanceof ScimArray && !attribute.multiValued()) {
            throw BadRequestException.invalidValue(attribute.name()
                    + " is single-valued; an array cannot be its value");
        }
        for (ScimValue element : asList(value)) {
            if (element.isUnassigned()) {
                continue;
            }
            // Entra sends a manager as its bare id: a simple value stands for the "value" of a complex attribute
            // that has one; a complex attribute without one (name, emails' elements) needs its object.
            boolean standsForValue = !attribute.multiValued() && attribute.subAttribute("value").isPresent()
                    && !(element instanceof ScimArray);
            // Entra and Okta send roles and entitlements as JSON text inside a string; the mapping decodes it.
            boolean jsonText = element instanceof ScimString text && JSON_TEXT.matcher(text.value()).matches();
            if (attribute.isComplex() && !(element instanceof ScimObject) && !standsForValue && !jsonText) {
                throw BadRequestException.invalidValue(attribute.name() + " is complex: its "
                        + (attribute.multiValued() ? "elements are objects" : "value is an object")
                        + " of sub-attributes");
            }
            if (!attribute.isComplex() && (element instanceof ScimObject || element instanceof ScimArray)) {
                throw BadRequestException.invalidValue(attribute.name() + " takes a simple value, not "
                        + (element instanceof ScimObject ? "an object" : "an array"));
            }
        }
    }

    private static List<ScimValue> asList(ScimValue value) {
        return value instanceof ScimArray array ? array.values() : List.of(value);
    }

    private static void dropIfEmpty(Map<String, Object> container, String name) {
        if (MutableJson.get(container, name) instanceof List<?> list && list.isEmpty()) {
            MutableJson.remove(container, name);
        }
    }
}
