package dev.inboundscim.domain.scim.value;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A JSON object; immutable, keeps insertion order. SCIM attribute names are case-insensitive (RFC 7643 §2.1), so
 * {@link #getIgnoreCase} serves SCIM documents while {@link #get} serves the case-sensitive profile.
 */
public record ScimObject(Map<String, ScimValue> fields) implements ScimValue {
    public static final ScimObject EMPTY = new ScimObject(Map.of());

    public ScimObject {
        Objects.requireNonNull(fields, "fields");
        // A map that no one else can change is kept as is; any other is copied. Every user read and rendered builds
        // dozens of objects, and copying each of them twice showed in profiles.
        if (!(fields instanceof Fields)) {
            fields = new Fields(new LinkedHashMap<>(fields));
        }
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

    /**
     * The string a client sent as {@code name} (in any case), or null when it sent none or an unassigned value;
     * {@code invalidValue} when it sent another kind of value.
     */
    public String textIgnoreCase(String name) {
        Optional<ScimValue> value = getIgnoreCase(name).filter(v -> !v.isUnassigned());
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof ScimString s)) {
            throw BadRequestException.invalidValue(name + " must be a string");
        }
        return s.value();
    }

    /** A copy with {@code name} set to {@code value}, replacing an existing field of the same exact name. */
    public ScimObject with(String name, ScimValue value) {
        LinkedHashMap<String, ScimValue> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return new ScimObject(new Fields(copy));
    }

    /** A copy without the field {@code name}. */
    public ScimObject without(String name) {
        if (!fields.containsKey(name)) {
            return this;
        }
        LinkedHashMap<String, ScimValue> copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return new ScimObject(new Fields(copy));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder, for code that assembles an object field by field. */
    public static final class Builder {
        private LinkedHashMap<String, ScimValue> fields = new LinkedHashMap<>();
        /** Whether a built object holds {@link #fields}: the next change then works on a copy. */
        private boolean shared;

        public Builder put(String name, ScimValue value) {
            if (shared) {
                fields = new LinkedHashMap<>(fields);
                shared = false;
            }
            fields.put(name, value);
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, new ScimString(value));
        }

        /** The object, sharing the builder's map until the builder changes again (no copy in the common case). */
        public ScimObject build() {
            shared = true;
            return new ScimObject(new Fields(fields));
        }
    }

    /** A read-only view of a map only this class and its builder hold, which therefore never changes once built. */
    private static final class Fields extends AbstractMap<String, ScimValue> {
        private final Map<String, ScimValue> map;
        private final Map<String, ScimValue> view;

        private Fields(LinkedHashMap<String, ScimValue> map) {
            this.map = map;
            this.view = Collections.unmodifiableMap(map);
        }

        @Override
        public ScimValue get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<String, ScimValue>> entrySet() {
            return view.entrySet();
        }

        @Override
        public Set<String> keySet() {
            return view.keySet();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super ScimValue> action) {
            map.forEach(action);
        }
    }
}
