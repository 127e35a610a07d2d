package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.scim.value.JsonStrings;
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
        try {
            JsonStrings.Read string = JsonStrings.read(input, start);
            position = string.end();
            return new Token(Kind.STRING, string.value(), start + 1);
        } catch (JsonStrings.MalformedString e) {
            throw error.apply(e.getMessage());
        }
    }

    private void skipWhitespace() {
        while (position < input.length() && Character.isWhitespace(input.charAt(position))) {
            position++;
        }
    }
}
