package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The profile side of a mapping pair: a root attribute ({@code given_name}) or a path inside {@code app_metadata} or
 * {@code user_metadata} ({@code app_metadata.address.city}).
 */
public record ProfilePath(List<String> segments) {

    public static final String APP_METADATA = "app_metadata";
    public static final String USER_METADATA = "user_metadata";
    public static final String BLOCKED = "blocked";

    private static final Pattern ROOT = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Fields the server owns in the profile it renders; a mapping writing them could impersonate the server. */
    private static final Set<String> RESERVED_ROOTS = Set.of("user_id", "connection_id", "identities", "created_at",
            "updated_at", "groups", APP_METADATA, USER_METADATA);

    public ProfilePath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty profile path");
        }
    }

    /** Parses {@code text}; anything outside the allowed shapes is an {@code invalidValue}. */
    public static ProfilePath parse(String text) {
        if (text == null || text.isBlank()) {
            throw BadRequestException.invalidValue("profile path is empty");
        }
        List<String> parts = List.of(text.split("\\.", -1));
        String root = parts.getFirst();
        if (parts.size() == 1) {
            if (!ROOT.matcher(root).matches() || RESERVED_ROOTS.contains(root)) {
                throw BadRequestException.invalidValue("profile path must be a root attribute name other than "
                        + String.join(", ", RESERVED_ROOTS.stream().sorted().toList()));
            }
            return new ProfilePath(parts);
        }
        if (!root.equals(APP_METADATA) && !root.equals(USER_METADATA)) {
            throw BadRequestException.invalidValue("nested profile paths must start with app_metadata or "
                    + "user_metadata");
        }
        for (String key : parts.subList(1, parts.size())) {
            if (!METADATA_KEY.matcher(key).matches()) {
                throw BadRequestException.invalidValue("profile path has an invalid key");
            }
        }
        return new ProfilePath(parts);
    }

    public boolean isRoot() {
        return segments.size() == 1;
    }

    public boolean isBlocked() {
        return isRoot() && segments.getFirst().equals(BLOCKED);
    }

    /** Whether one path is a prefix of the other, so storing both would overwrite one with the other. */
    public boolean overlaps(ProfilePath other) {
        int shared = Math.min(segments.size(), other.segments.size());
        return segments.subList(0, shared).equals(other.segments.subList(0, shared));
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
