package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes values at {@link ProfilePath}s inside a profile object, creating metadata objects as needed. */
final class ProfileTree {

    private ProfileTree() {
    }

    static Optional<ScimValue> get(ScimObject profile, ProfilePath path) {
        ScimValue current = profile;
        for (String segment : path.segments()) {
            if (!(current instanceof ScimObject object)) {
                return Optional.empty();
            }
            Optional<ScimValue> next = object.get(segment);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    static ScimObject set(ScimObject profile, ProfilePath path, ScimValue value) {
        return set(profile, path.segments(), value);
    }

    private static ScimObject set(ScimObject object, List<String> segments, ScimValue value) {
        String head = segments.getFirst();
        if (segments.size() == 1) {
            return object.with(head, value);
        }
        ScimObject child = object.get(head).filter(ScimObject.class::isInstance).map(ScimObject.class::cast)
                .orElse(ScimObject.EMPTY);
        return object.with(head, set(child, segments.subList(1, segments.size()), value));
    }

    /**
     * A profile changed in place and frozen once: a SCIM replace removes and sets a value for every mapping pair, and
     * doing that on immutable objects copied the profile twice per pair. As Auth0 does, metadata objects left empty
     * by a removal are kept; a set creates a missing or non-object parent, like {@link #set}; a replaced field keeps
     * its position.
     */
    static final class Draft {
        /** Values are {@link ScimValue}s, or mutable maps for objects opened by an edit. */
        private final Map<String, Object> root;

        Draft(ScimObject profile) {
            root = new LinkedHashMap<>(profile.fields());
        }

        void remove(ProfilePath path) {
            Map<String, Object> parent = parent(path.segments(), false);
            if (parent != null) {
                parent.remove(path.segments().getLast());
            }
        }

        void set(ProfilePath path, ScimValue value) {
            parent(path.segments(), true).put(path.segments().getLast(), value);
        }

        ScimObject build() {
            return freeze(root);
        }

        /** The object holding the last segment; null when it does not exist and {@code create} is false. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> parent(List<String> segments, boolean create) {
            Map<String, Object> current = root;
            for (String segment : segments.subList(0, segments.size() - 1)) {
                Object child = current.get(segment);
                Map<String, Object> next;
                if (child instanceof Map<?, ?> open) {
                    next = (Map<String, Object>) open;
                } else if (child instanceof ScimObject object) {
                    next = new LinkedHashMap<>(object.fields());
                    current.put(segment, next);
                } else if (create) {
                    next = new LinkedHashMap<>();
                    current.put(segment, next);
                } else {
                    return null;
                }
                current = next;
            }
            return current;
        }

        @SuppressWarnings("unchecked")
        private static ScimObject freeze(Map<String, Object> fields) {
            ScimObject.Builder object = ScimObject.builder();
            fields.forEach((name, value) -> object.put(name, value instanceof Map<?, ?> open
                    ? freeze((Map<String, Object>) open) : (ScimValue) value));
            return object.build();
        }
    }
}
