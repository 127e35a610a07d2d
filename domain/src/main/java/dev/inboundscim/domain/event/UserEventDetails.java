package dev.inboundscim.domain.event;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a user event carries (SPEC §11): the profile after the change, shaped as the Management API shows a user,
 * and for updates the names of the profile attributes that changed ({@code app_metadata.<key>} and
 * {@code user_metadata.<key>} for metadata, so a receiver learns which key moved without diffing objects).
 */
public final class UserEventDetails {

    private static final List<String> METADATA = List.of("app_metadata", "user_metadata");

    private UserEventDetails() {
    }

    /** {@code user_id} and {@code resource}: the details of an event about {@code user}. */
    public static ScimObject.Builder of(User user) {
        return ScimObject.builder().put("user_id", user.id().value()).put("resource", resource(user));
    }

    /** The profile as {@code GET /api/v2/users/{id}} shows it, without the groups (read separately). */
    public static ScimObject resource(User user) {
        ScimObject.Builder profile = ScimObject.builder();
        user.attributes().fields().forEach(profile::put);
        profile.put("user_id", user.id().value());
        profile.put("connection_id", user.connectionId().value());
        if (user.attributes().get("blocked").isEmpty()) {
            profile.put("blocked", ScimBoolean.FALSE);
        }
        for (String metadata : METADATA) {
            if (user.attributes().get(metadata).isEmpty()) {
                profile.put(metadata, ScimObject.EMPTY);
            }
        }
        List<ScimValue> identities = new ArrayList<>();
        for (Identity identity : user.identities()) {
            identities.add(ScimObject.builder().put("connection", identity.connection())
                    .put("provider", identity.provider()).put("user_id", identity.userId())
                    .put("isSocial", identity.isSocial() ? ScimBoolean.TRUE : ScimBoolean.FALSE).build());
        }
        profile.put("identities", new ScimArray(identities));
        profile.put("created_at", user.createdAt().toString());
        profile.put("updated_at", user.updatedAt().toString());
        return profile.build();
    }

    /** The names of what differs between {@code before} and {@code after}, sorted; empty: nothing changed. */
    public static List<String> changed(User before, User after) {
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> keys = new TreeSet<>(before.attributes().fields().keySet());
        keys.addAll(after.attributes().fields().keySet());
        for (String key : keys) {
            ScimValue was = before.attributes().get(key).orElse(null);
            ScimValue is = after.attributes().get(key).orElse(null);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (METADATA.contains(key) && (was == null || was instanceof ScimObject)
                    && (is == null || is instanceof ScimObject)) {
                names.addAll(changedKeys(key, (ScimObject) was, (ScimObject) is));
            } else {
                names.add(key);
            }
        }
        if (!before.identities().equals(after.identities())) {
            names.add("identities");
        }
        return List.copyOf(names);
    }

    public static ScimArray names(List<String> names) {
        return new ScimArray(names.stream().<ScimValue>map(ScimString::new).toList());
    }

    private static List<String> changedKeys(String prefix, ScimObject was, ScimObject is) {
        ScimObject before = was == null ? ScimObject.EMPTY : was;
        ScimObject after = is == null ? ScimObject.EMPTY : is;
        TreeSet<String> keys = new TreeSet<>(before.fields().keySet());
        keys.addAll(after.fields().keySet());
        return keys.stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> prefix + "." + k).toList();
    }
}
