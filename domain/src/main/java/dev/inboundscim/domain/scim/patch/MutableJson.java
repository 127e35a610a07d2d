package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutable working copy of a SCIM document (maps, lists and leaf values), so a PATCH can edit in place and the
 * result is frozen back into an immutable {@link ScimObject} only when every operation succeeded.
 */
final class MutableJson {

    private MutableJson() {
    }

    static Object thaw(ScimValue value) {
        return switch (value) {
            case ScimObject object -> {
                Map<String, Object> map = new LinkedHashMap<>();
                object.fields().forEach((k, v) -> map.put(k, thaw(v)));
                yield map;
            }
            case ScimArray array -> new ArrayList<>(array.values().stream().map(MutableJson::thaw).toList());
            default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    static ScimValue freeze(Object node) {
        return switch (node) {
            case Map<?, ?> map -> {
                ScimObject.Builder builder = ScimObject.builder();
                ((Map<String, Object>) map).forEach((k, v) -> builder.put(k, freeze(v)));
                yield builder.build();
            }
            case List<?> list -> new ScimArray(list.stream().map(MutableJson::freeze).toList());
            case ScimValue value -> value;
            default -> throw new IllegalStateException("unexpected node " + node.getClass());
        };
    }

    /** The key of {@code map} equal to {@code name} ignoring case (RFC 7643 §2.1), or null. */
    static String key(Map<String, Object> map, String name) {
        if (map.containsKey(name)) {
            return name;
        }
        for (String key : map.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    static Object get(Map<String, Object> map, String name) {
        String key = key(map, name);
        return key == null ? null : map.get(key);
    }

    /** Sets {@code name}, reusing the client's existing spelling of the key if there is one. */
    static void put(Map<String, Object> map, String name, Object value) {
        String key = key(map, name);
        map.put(key == null ? name : key, value);
    }

    static void remove(Map<String, Object> map, String name) {
        String key = key(map, name);
        if (key != null) {
            map.remove(key);
        }
    }

    /** The object at {@code name}, created when absent or not an object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> map, String name) {
        if (get(map, name) instanceof Map<?, ?> child) {
            return (Map<String, Object>) child;
        }
        Map<String, Object> child = new LinkedHashMap<>();
        put(map, name, child);
        return child;
    }

    /** The list at {@code name}, created when absent; a lone non-list value becomes its first element. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String name) {
        Object current = get(map, name);
        if (current instanceof List<?> list) {
            return (List<Object>) list;
        }
        List<Object> list = new ArrayList<>();
        if (current != null && !(current instanceof dev.inboundscim.domain.scim.value.ScimNull)) {
            list.add(current);
        }
        put(map, name, list);
        return list;
    }
}
