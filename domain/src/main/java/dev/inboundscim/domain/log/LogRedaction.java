package dev.inboundscim.domain.log;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.token.TokenSecret;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Removes passwords and anything that looks like a token or secret from a request body before it is logged. */
public final class LogRedaction {

    private static final ScimString REDACTED = new ScimString("[redacted]");
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
            String decodedName = decoded(name).toLowerCase(Locale.ROOT);
            boolean secret = secretName(decodedName) || decodedName.equals("filter")
                    && decoded(parameter.substring(equals + 1)).toLowerCase(Locale.ROOT).contains("password");
            if (equals >= 0 && secret) {
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

    /**
     * A copy of a request body without secrets: keys named like a secret are dropped at any depth, a PATCH operation
     * whose {@code path} names the password ({@code password}, {@code PASSWORD}, {@code urn:…:User:password}) loses
     * its value, a filter that mentions the password is masked, and token-shaped strings are masked.
     */
    public static ScimValue redact(ScimValue value) {
        return switch (value) {
            case ScimObject object -> {
                boolean passwordOperation = namesPassword(fieldIgnoringCase(object, "path"));
                ScimObject.Builder copy = ScimObject.builder();
                object.fields().forEach((key, field) -> {
                    String name = key.toLowerCase(Locale.ROOT);
                    if (secretName(name) || passwordOperation && name.equals("value")) {
                        return;
                    }
                    copy.put(key, name.equals("filter") && mentionsPassword(field) ? REDACTED : redact(field));
                });
                yield copy.build();
            }
            case ScimArray array -> new ScimArray(array.values().stream().map(LogRedaction::redact).toList());
            case ScimString s when TokenSecret.FORMAT.matcher(s.value()).find() ->
                    new ScimString(TokenSecret.FORMAT.matcher(s.value()).replaceAll("[redacted]"));
            default -> value;
        };
    }

    /**
     * Whether a field or parameter named {@code lowerName} holds a secret: a password, a secret, an authorization
     * header value (a log stream's {@code httpAuthorization}), a token of any kind, or a signed client assertion.
     */
    private static boolean secretName(String lowerName) {
        return SECRET_KEYS.contains(lowerName) || lowerName.contains("password") || lowerName.contains("secret")
                || lowerName.contains("authorization") || lowerName.endsWith("token")
                || lowerName.contains("assertion");
    }

    /** A query component decoded; one that is not valid percent-encoding counts as written (it cannot hide a name). */
    private static String decoded(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return component;
        }
    }

    private static ScimValue fieldIgnoringCase(ScimObject object, String name) {
        for (var field : object.fields().entrySet()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    /** Whether a PATCH path addresses the password, in any case, bare or URN-qualified with {@code :} or {@code .}. */
    static boolean namesPassword(ScimValue path) {
        if (!(path instanceof ScimString s)) {
            return false;
        }
        String p = s.value().strip().toLowerCase(Locale.ROOT);
        return p.equals("password") || p.endsWith(":password") || p.endsWith(".password");
    }

    private static boolean mentionsPassword(ScimValue filter) {
        return filter instanceof ScimString s && s.value().toLowerCase(Locale.ROOT).contains("password");
    }
}
