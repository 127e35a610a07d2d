package dev.inboundscim.domain.scim.bulk;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bulkId:<id>} references (RFC 7644 §3.7.2): a value that stands for the id of the resource another
 * operation of the same request creates, in a path ({@code /Users/bulkId:qwerty}) or anywhere in the data, such as a
 * group's {@code members[].value}. Only a whole string is a reference.
 */
public final class BulkIds {

    static final String PREFIX = "bulkId:";

    private BulkIds() {
    }

    /** The bulkId {@code text} refers to, or null when it is no reference. */
    public static String referencedBy(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() > PREFIX.length()
                ? text.substring(PREFIX.length()) : null;
    }

    /** Every bulkId an operation refers to, in its path and its data, in the order they appear. */
    static Set<String> referencedBy(BulkOperation operation) {
        Set<String> ids = new LinkedHashSet<>();
        String inPath = referencedBy(operation.resourceId());
        if (inPath != null) {
            ids.add(inPath);
        }
        collect(operation.data(), ids);
        return ids;
    }

    private static void collect(ScimValue value, Set<String> ids) {
        switch (value) {
            case ScimString s -> {
                String id = referencedBy(s.value());
                if (id != null) {
                    ids.add(id);
                }
            }
            case ScimArray a -> a.values().forEach(v -> collect(v, ids));
            case ScimObject o -> o.fields().values().forEach(v -> collect(v, ids));
            default -> {
            }
        }
    }

    /** The first bulkId {@code data} still refers to, if any. */
    public static Optional<String> referencesIn(ScimObject data) {
        Set<String> ids = new LinkedHashSet<>();
        collect(data, ids);
        return ids.stream().findFirst();
    }

    /** {@code text} with a reference replaced by the id {@code ids} holds for it (unchanged when it is none). */
    public static String resolve(String text, Map<String, String> ids) {
        String id = referencedBy(text);
        return id == null ? text : ids.getOrDefault(id, text);
    }

    /**
     * {@code data} without the values that refer to a bulkId {@code ids} does not hold yet, to create a resource on a
     * cycle before the others (RFC 7644 §3.7.1): an element of an array that holds such a reference goes, and so does
     * an attribute whose value is such a reference or a complex value holding one directly ({@code manager}).
     */
    public static ScimObject withoutUnresolved(ScimObject data, Map<String, String> ids) {
        Map<String, ScimValue> kept = new LinkedHashMap<>();
        data.fields().forEach((name, value) -> {
            switch (value) {
                case ScimString s when unresolved(s, ids) -> { }
                case ScimArray a -> kept.put(name, new ScimArray(a.values().stream()
                        .filter(element -> !holdsUnresolved(element, ids)).toList()));
                case ScimObject o when o.fields().values().stream().anyMatch(v -> v instanceof ScimString s
                        && unresolved(s, ids)) -> { }
                case ScimObject o -> kept.put(name, withoutUnresolved(o, ids));
                default -> kept.put(name, value);
            }
        });
        return new ScimObject(kept);
    }

    private static boolean unresolved(ScimString value, Map<String, String> ids) {
        String id = referencedBy(value.value());
        return id != null && !ids.containsKey(id);
    }

    private static boolean holdsUnresolved(ScimValue value, Map<String, String> ids) {
        return switch (value) {
            case ScimString s -> unresolved(s, ids);
            case ScimArray a -> a.values().stream().anyMatch(v -> holdsUnresolved(v, ids));
            case ScimObject o -> o.fields().values().stream().anyMatch(v -> holdsUnresolved(v, ids));
            default -> false;
        };
    }

    /** {@code data} with every reference replaced by the id {@code ids} holds for it. */
    public static ScimObject resolve(ScimObject data, Map<String, String> ids) {
        return (ScimObject) resolveValue(data, ids);
    }

    private static ScimValue resolveValue(ScimValue value, Map<String, String> ids) {
        return switch (value) {
            case ScimString s -> referencedBy(s.value()) == null ? s : new ScimString(resolve(s.value(), ids));
            case ScimArray a -> new ScimArray(a.values().stream().map(v -> resolveValue(v, ids)).toList());
            case ScimObject o -> {
                Map<String, ScimValue> fields = new LinkedHashMap<>();
                o.fields().forEach((name, v) -> fields.put(name, resolveValue(v, ids)));
                yield new ScimObject(fields);
            }
            default -> value;
        };
    }
}
