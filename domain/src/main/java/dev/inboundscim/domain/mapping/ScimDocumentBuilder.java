package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a SCIM document value by value along mapping paths; elements of multi-valued attributes addressed by
 * the same selector merge into one element, so {@code addresses[type eq "work"].*} compose one work address.
 */
final class ScimDocumentBuilder {

    private final Map<String, Object> root = new LinkedHashMap<>();

    void put(ScimMappingPath path, ScimValue value) {
        Map<String, Object> container = path.inExtension() ? childObject(root, path.schemaUrn()) : root;
        if (path.subAttribute() == null) {
            container.put(path.attribute(), value);
        } else if (path.selector() == null) {
            childObject(container, path.attribute()).put(path.subAttribute(), value);
        } else {
            element(container, path.attribute(), path.selector()).put(path.subAttribute(), value);
        }
    }

    ScimObject build() {
        return freeze(root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> childObject(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> element(Map<String, Object> parent, String name, ElementSelector selector) {
        List<Map<String, Object>> elements =
                (List<Map<String, Object>>) parent.computeIfAbsent(name, k -> new ArrayList<Map<String, Object>>());
        for (Map<String, Object> element : elements) {
            if (element.get(selector.subAttribute()) instanceof ScimValue v && selector.matches(v)) {
                return element;
            }
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put(selector.subAttribute(), selector.value());
        elements.add(created);
        return created;
    }

    @SuppressWarnings("unchecked")
    private static ScimObject freeze(Map<String, Object> map) {
        ScimObject.Builder builder = ScimObject.builder();
        map.forEach((key, value) -> builder.put(key, switch (value) {
            case ScimValue v -> v;
            case Map<?, ?> m -> freeze((Map<String, Object>) m);
            case List<?> list -> new ScimArray(list.stream()
                    .map(e -> (ScimValue) freeze((Map<String, Object>) e)).toList());
            default -> throw new IllegalStateException("unexpected node " + value.getClass());
        }));
        return builder.build();
    }
}
