package dev.inboundscim.domain.log;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.token.TokenSecret;
import java.util.Locale;
import java.util.Set;

/** Removes passwords and anything that looks like a token or secret from a request body before it is logged. */
public final class LogRedaction {

    private static final Set<String> SECRET_KEYS = Set.of("password", "token", "secret", "access_token",
            "refresh_token", "client_secret", "authorization");

    private LogRedaction() {
    }

    /** A query string with token-shaped values and secret-named parameters masked. */
    public static String redactQuery(String query) {
        if (query == null) {
            return null;
        }
        StringBuilder redacted = new StringBuilder();
        for (String parameter : query.split("&", -1)) {
            if (!redacted.isEmpty()) {
                redacted.append('&');
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (equals >= 0 && SECRET_KEYS.contains(name.toLowerCase(Locale.ROOT))) {
                redacted.append(name).append("=[redacted]");
            } else {
                redacted.append(TokenSecret.FORMAT.matcher(parameter).replaceAll("[redacted]"));
            }
        }
        return redacted.toString();
    }

    /**
     * A copy with every NUL character in strings and keys replaced by U+FFFD: no store keeps NUL (PostgreSQL text and
     * jsonb refuse it, BSON keys cannot hold it), yet the log entry of a request that carried one must be written.
     */
    public static ScimValue withoutNul(ScimValue value) {
        // Nearly every entry holds no NUL: it is returned as is, uncopied.
        return holdsNul(value) ? replaceNul(value) : value;
    }

    private static boolean holdsNul(ScimValue value) {
        return switch (value) {
            case ScimString s -> s.value().indexOf('\0') >= 0;
            case ScimArray a -> a.values().stream().anyMatch(LogRedaction::holdsNul);
            case ScimObject o -> o.fields().entrySet().stream()
                    .anyMatch(field -> field.getKey().indexOf('\0') >= 0 || holdsNul(field.getValue()));
            default -> false;
        };
    }

    private static ScimValue replaceNul(ScimValue value) {
        return switch (value) {
            case ScimString s -> new ScimString(withoutNul(s.value()));
            case ScimArray a -> new ScimArray(a.values().stream().map(LogRedaction::replaceNul).toList());
            case ScimObject o -> {
                ScimObject.Builder copy = ScimObject.builder();
                o.fields().forEach((key, field) -> copy.put(withoutNul(key), replaceNul(field)));
                yield copy.build();
            }
            default -> value;
        };
    }

    /** {@code text} with each NUL replaced by U+FFFD; null stays null. */
    public static String withoutNul(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    public static ScimValue redact(ScimValue value) {
        return switch (value) {
            case ScimObject object -> {
                ScimObject.Builder copy = ScimObject.builder();
                object.fields().forEach((key, field) -> {
                    if (!SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                        copy.put(key, redact(field));
                    }
                });
                yield copy.build();
            }
            case ScimArray array -> new ScimArray(array.values().stream().map(LogRedaction::redact).toList());
            case ScimString s when TokenSecret.FORMAT.matcher(s.value()).find() ->
                    new ScimString(TokenSecret.FORMAT.matcher(s.value()).replaceAll("[redacted]"));
            default -> value;
        };
    }
}
