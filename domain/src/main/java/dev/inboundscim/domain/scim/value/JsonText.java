package dev.inboundscim.domain.scim.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small strict JSON reader (RFC 8259) for JSON that arrives inside strings: Entra sends each role as a JSON
 * object serialised into a string. The domain may not use a JSON library, and this is all it needs.
 */
public final class JsonText {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    /** The value {@code text} holds, or empty when it is not exactly one JSON value. */
    public static Optional<ScimValue> parse(String text) {
        try {
            JsonText reader = new JsonText(text);
            ScimValue value = reader.value(0);
            reader.skipWhitespace();
            return reader.position == text.length() ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private ScimValue value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        skipWhitespace();
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> new ScimString(string());
            case 't' -> literal("true", ScimBoolean.TRUE);
            case 'f' -> literal("false", ScimBoolean.FALSE);
            case 'n' -> literal("null", ScimNull.INSTANCE);
            default -> number();
        };
    }

    private ScimObject object(int depth) {
        position++;
        Map<String, ScimValue> fields = new LinkedHashMap<>();
        skipWhitespace();
        if (peek('}')) {
            return new ScimObject(fields);
        }
        do {
            skipWhitespace();
            String key = string();
            skipWhitespace();
            expect(':');
            fields.put(key, value(depth + 1));
            skipWhitespace();
        } while (accept(','));
        expect('}');
        return new ScimObject(fields);
    }

    private ScimArray array(int depth) {
        position++;
        List<ScimValue> values = new ArrayList<>();
        skipWhitespace();
        if (peek(']')) {
            return new ScimArray(values);
        }
        do {
            values.add(value(depth + 1));
            skipWhitespace();
        } while (accept(','));
        expect(']');
        return new ScimArray(values);
    }

    private String string() {
        if (text.charAt(position) != '"') {
            throw new IllegalArgumentException("expected a string");
        }
        JsonStrings.Read string = JsonStrings.read(text, position);
        // RFC 8259 §7: control characters must be escaped; no escape sequence holds one, so none may stand raw.
        if (text.substring(position, string.end()).chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("control character in string");
        }
        position = string.end();
        return string.value();
    }

    private ScimValue number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String number = text.substring(start, position);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new IllegalArgumentException("bad number");
        }
        return new ScimNumber(new BigDecimal(number));
    }

    private ScimValue literal(String word, ScimValue value) {
        if (!text.startsWith(word, position)) {
            throw new IllegalArgumentException("bad literal");
        }
        position += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\n\r".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private boolean peek(char c) {
        if (text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private boolean accept(char c) {
        return position < text.length() && peek(c);
    }

    private void expect(char c) {
        if (text.charAt(position++) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
    }
}
