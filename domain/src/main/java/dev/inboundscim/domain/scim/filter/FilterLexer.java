package dev.inboundscim.domain.scim.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a SCIM filter or path into tokens: brackets, parentheses, JSON strings and words (attribute paths,
 * keywords, numbers and Entra's unquoted literals). Errors carry positions, never the input text.
 */
final class FilterLexer {

    enum Kind { LPAREN, RPAREN, LBRACKET, RBRACKET, WORD, STRING, END }

    record Token(Kind kind, String text, int position) {
        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    private final String input;
    private final Function<String, RuntimeException> error;
    private int position;

    private FilterLexer(String input, Function<String, RuntimeException> error) {
        this.input = input;
        this.error = error;
    }

    static List<Token> tokenize(String input, Function<String, RuntimeException> error) {
        return new FilterLexer(input, error).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (position >= input.length()) {
                tokens.add(new Token(Kind.END, "", position + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = input.charAt(position);
        return switch (c) {
            case '(' -> single(Kind.LPAREN, start);
            case ')' -> single(Kind.RPAREN, start);
            case '[' -> single(Kind.LBRACKET, start);
            case ']' -> single(Kind.RBRACKET, start);
            case '"' -> string(start);
            default -> word(start);
        };
    }

    private Token single(Kind kind, int start) {
        position++;
        return new Token(kind, input.substring(start, position), start + 1);
    }

    private Token word(int start) {
        while (position < input.length() && !isDelimiter(input.charAt(position))) {
            position++;
        }
        return new Token(Kind.WORD, input.substring(start, position), start + 1);
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
    }

    /** A JSON string (RFC 8259 §7) with every escape. */
    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < input.length()) {
            char c = input.charAt(position++);
            if (c == '"') {
                return new Token(Kind.STRING, value.toString(), start + 1);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= input.length()) {
                break;
            }
            char escaped = input.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(unicodeEscape());
                default -> throw error.apply("invalid escape sequence at position " + (position - 1));
            }
        }
        throw error.apply("unterminated string starting at position " + (start + 1));
    }

    private char unicodeEscape() {
        // Checked digit by digit: Integer.parseInt and Character.digit also accept signs and non-ASCII digits.
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = position + i < input.length() ? hexDigit(input.charAt(position + i)) : -1;
            if (digit < 0) {
                throw error.apply("invalid \\u escape at position " + (position - 1));
            }
            code = code * 16 + digit;
        }
        position += 4;
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

    private void skipWhitespace() {
        while (position < input.length() && Character.isWhitespace(input.charAt(position))) {
            position++;
        }
    }
}
