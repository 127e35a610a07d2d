package dev.inboundscim.domain.scim.value;

/**
 * Reads a JSON string (RFC 8259 §7) with every escape, for the filter lexer and the JSON reader alike; a Unicode
 * escape takes exactly four ASCII hex digits. Characters below U+0020 are left to the caller: the filter grammar
 * accepts them raw, strict JSON does not.
 */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** A string's value and the index just after its closing quote. */
    public record Read(String value, int end) {
    }

    /** The string breaks the syntax; the message gives a 1-based position and never the text. */
    public static final class MalformedString extends IllegalArgumentException {
        private MalformedString(String message) {
            super(message);
        }
    }

    /** Reads the string whose opening quote is at index {@code quote} of {@code text}. */
    public static Read read(String text, int quote) {
        StringBuilder value = new StringBuilder();
        int position = quote + 1;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return new Read(value.toString(), position);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append(unicodeEscape(text, position));
                    position += 4;
                }
                default -> throw new MalformedString("invalid escape sequence at position " + (position - 1));
            }
        }
        throw new MalformedString("unterminated string starting at position " + (quote + 1));
    }

    private static char unicodeEscape(String text, int digits) {
        // Checked digit by digit: Integer.parseInt and Character.digit also accept signs and non-ASCII digits.
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = digits + i < text.length() ? hexDigit(text.charAt(digits + i)) : -1;
            if (digit < 0) {
                throw new MalformedString("invalid \\u escape at position " + (digits - 1));
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
