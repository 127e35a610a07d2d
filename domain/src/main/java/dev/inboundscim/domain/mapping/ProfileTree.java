package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
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

    /** A copy without the value at {@code path}; metadata objects left empty are kept, as Auth0 keeps them. */
    static ScimObject remove(ScimObject profile, ProfilePath path) {
        return remove(profile, path.segments());
    }

    private static ScimObject remove(ScimObject object, List<String> segments) {
        String head = segments.getFirst();
        if (segments.size() == 1) {
            return object.without(head);
        }
        return object.get(head).filter(ScimObject.class::isInstance).map(ScimObject.class::cast)
                .map(child -> object.with(head, remove(child, segments.subList(1, segments.size()))))
                .orElse(object);
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
}
