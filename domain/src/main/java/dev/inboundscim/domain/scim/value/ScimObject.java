package dev.inboundscim.domain.scim.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object; immutable, keeps insertion order. SCIM attribute names are case-insensitive (RFC 7643 §2.1), so
 * {@link #getIgnoreCase} serves SCIM documents while {@link #get} serves the case-sensitive profile.
 */
public record ScimObject(Map<String, ScimValue> fields) implements ScimValue {
    public static final ScimObject EMPTY = new ScimObject(Map.of());

    public ScimObject {
        Objects.requireNonNull(fields, "fields");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<ScimValue> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The value of the first field whose name equals {@code name} ignoring case. */
    public Optional<ScimValue> getIgnoreCase(String name) {
        ScimValue exact = fields.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, ScimValue> entry : fields.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** A copy with {@code name} set to {@code value}, replacing an existing field of the same exact name. */
    public ScimObject with(String name, ScimValue value) {
        Map<String, ScimValue> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return new ScimObject(copy);
    }

    /** A copy without the field {@code name}. */
    public ScimObject without(String name) {
        if (!fields.containsKey(name)) {
            return this;
        }
        Map<String, ScimValue> copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return new ScimObject(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder, for code that assembles an object field by field. */
    public static final class Builder {
        private final Map<String, ScimValue> fields = new LinkedHashMap<>();

        public Builder put(String name, ScimValue value) {
            fields.put(name, value);
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, new ScimString(value));
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        public ScimObject build() {
            return new ScimObject(fields);
        }
    }
}
