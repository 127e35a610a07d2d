package dev.inboundscim.adapter.out.mongo;

/**
 * Escapes object keys of stored profiles and log details into safe MongoDB field names, reversibly.
 *
 * <p>SCIM clients send whatever keys they like inside complex values, and a key with {@code .} cannot be named in a
 * query path, one starting with {@code $} reads as an operator, and a NUL cannot be stored at all. So {@code %},
 * {@code .}, {@code $} and NUL become {@code %25}, {@code %2E}, {@code %24} and {@code %00}, and the empty key
 * becomes {@code %}. Keys that profile paths can name ({@code [A-Za-z0-9_-]}) are unchanged, so a query path is
 * the profile path itself. Every escape starts with {@code %} and a digit, which leaves keys such as
 * {@link BsonValues#ARRAY} free for the adapter's own markers.
 */
final class FieldKeys {

    private FieldKeys() {
    }

    static String escape(String key) {
        if (key.isEmpty()) {
            return "%";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            String replacement = switch (c) {
                case '%' -> "%25";
                case '.' -> "%2E";
                case '$' -> "%24";
                case '\0' -> "%00";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(key.length() + 8).append(key, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? key : escaped.toString();
    }

    static String unescape(String key) {
        if (key.equals("%")) {
            return "";
        }
        if (key.indexOf('%') < 0) {
            return key;
        }
        StringBuilder plain = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '%' && i + 3 <= key.length() && isHex(key.charAt(i + 1)) && isHex(key.charAt(i + 2))) {
                plain.append((char) Integer.parseInt(key.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
