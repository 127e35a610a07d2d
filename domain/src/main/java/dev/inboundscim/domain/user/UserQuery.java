package dev.inboundscim.domain.user;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Auth0's Lucene-style user search ({@code GET /api/v2/users?q=}) as far as this server supports it: words, which a
 * user's profile or id must contain (case-insensitively), and {@code field:value} terms on {@code email},
 * {@code user_id} and {@code name}, which must equal it ({@code email} and {@code name} case-insensitively); a value
 * in double quotes may hold spaces and {@code \"}. Terms are joined by spaces or {@code AND} and must all match.
 * Anything else (OR, NOT, wildcards, ranges, other fields) is refused with a 400, never answered with a silently
 * empty list.
 */
public record UserQuery(List<String> words, String email, String userId, String name) {

    /** Everything matches. */
    public static final UserQuery ALL = new UserQuery(List.of(), null, null, null);

    private static final int LONGEST = 1024;
    private static final Set<String> OPERATORS = Set.of("OR", "NOT", "||", "&&", "TO");
    private static final String UNSUPPORTED = "q supports words and field:value terms on email, user_id and name, "
            + "joined by spaces or AND";

    public UserQuery {
        words = List.copyOf(words);
    }

    /** {@code q} parsed; null or blank matches everything. */
    public static UserQuery parse(String q) {
        if (q == null || q.isBlank()) {
            return ALL;
        }
        if (q.length() > LONGEST) {
            throw BadRequestException.invalidValue("q is longer than " + LONGEST + " characters");
        }
        return new Reader(q).read();
    }

    public boolean matchesEverything() {
        return words.isEmpty() && email == null && userId == null && name == null;
    }

    /** One pass over the query text. */
    private static final class Reader {
        private final String text;
        private int at;
        private final List<String> words = new ArrayList<>();
        private String email;
        private String userId;
        private String name;

        Reader(String text) {
            this.text = text;
        }

        UserQuery read() {
            while (skipSpaces()) {
                String term = bare();
                if (term.equals("AND")) {
                    continue;
                }
                if (OPERATORS.contains(term)) {
                    throw BadRequestException.invalidValue(UNSUPPORTED);
                }
                int colon = term.indexOf(':');
                if (colon < 0) {
                    words.add(word(term));
                } else {
                    field(term.substring(0, colon), term.substring(colon + 1));
                }
            }
            return new UserQuery(words, email, userId, name);
        }

        private void field(String field, String afterColon) {
            String value = afterColon.isEmpty() && at < text.length() && text.charAt(at) == '"' ? quoted()
                    : word(afterColon);
            if (value.isEmpty()) {
                throw BadRequestException.invalidValue("q: " + safe(field) + " needs a value");
            }
            switch (field) {
                case "email" -> email = once(email, value);
                case "user_id" -> userId = once(userId, value);
                case "name" -> name = once(name, value);
                default -> throw BadRequestException.invalidValue(UNSUPPORTED + " (not " + safe(field) + ")");
            }
        }

        private static String once(String previous, String value) {
            if (previous != null) {
                throw BadRequestException.invalidValue("q: each field may be named once");
            }
            return value;
        }

        /** A word without Lucene syntax this server does not support. */
        private static String word(String word) {
            for (char c : word.toCharArray()) {
                if ("*?~()[]{}^\"\\/+!".indexOf(c) >= 0) {
                    throw BadRequestException.invalidValue(UNSUPPORTED);
                }
            }
            return word;
        }

        private boolean skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at < text.length();
        }

        /** Up to the next space, or up to an opening quote right after a colon. */
        private String bare() {
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                if (text.charAt(at) == '"' && at > start && text.charAt(at - 1) == ':') {
                    break;
                }
                at++;
            }
            return text.substring(start, at);
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && at < text.length()) {
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            throw BadRequestException.invalidValue("q has a quote that is not closed");
        }

        /** A field name as the message may quote it: only plain names, so input is never echoed. */
        private static String safe(String field) {
            return field.matches("[A-Za-z0-9_.]{1,32}") ? field : "that field";
        }
    }
}
