package dev.inboundscim.domain.id;

/**
 * Shape checks for generated ids, written out by hand: they run on every request (connection ids, token ids), where
 * a regular expression's matcher showed in profiles.
 */
public final class IdShape {

    private IdShape() {
    }

    /** Whether {@code text} is {@code prefix} followed by exactly {@code length} ASCII letters or digits. */
    public static boolean prefixedAlphanumeric(String text, String prefix, int length) {
        return text != null && text.length() == prefix.length() + length && text.startsWith(prefix)
                && alphanumeric(text, prefix.length(), text.length());
    }

    /** Whether {@code text[from, to)} holds only ASCII letters and digits. */
    public static boolean alphanumeric(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} holds only lower-case hexadecimal digits. */
    public static boolean lowerHex(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
