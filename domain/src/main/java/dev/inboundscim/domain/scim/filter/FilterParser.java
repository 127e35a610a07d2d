package dev.inboundscim.domain.scim.filter;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.FilterLexer.Kind;
import dev.inboundscim.domain.scim.filter.FilterLexer.Token;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the SCIM filter grammar of RFC 7644 §3.4.2.2 ({@code or} binds looser than
 * {@code and}, which binds looser than {@code not}, groups and comparisons) and for the attribute paths of §3.10
 * and §3.5.2. Input is capped in length and nesting depth so a hostile filter cannot exhaust the stack. Error
 * details name 1-based character positions and what was expected, never the input text (it may hold secrets).
 */
public final class FilterParser {

    public static final int MAX_LENGTH = 8192;
    public static final int MAX_DEPTH = 32;

    /** RFC 7643 §2.1 ATTRNAME, plus {@code $ref} (RFC 7643 §2.3.7 names it so). */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|\\$ref");
    /** RFC 8259 §6 number; anything else unquoted is read as an Entra-style string literal. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final List<Token> tokens;
    private final Function<String, RuntimeException> error;
    private int index;
    private boolean inValueFilter;

    private FilterParser(List<Token> tokens, Function<String, RuntimeException> error) {
        this.tokens = tokens;
        this.error = error;
    }

    /** Parses a {@code filter} parameter; any defect is a 400 {@code invalidFilter}. */
    public static Filter parse(String filter) {
        Function<String, RuntimeException> error = m -> BadRequestException.invalidFilter("Invalid filter: " + m);
        FilterParser parser = new FilterParser(tokenize(filter, error), error);
        Filter result = parser.orExpression(0);
        parser.expect(Kind.END, "'and', 'or' or the end of the filter");
        return result;
    }

    /** Parses a PATCH or mapping path: {@code attrPath} or {@code valuePath ["." subAttr]}; defects are invalidPath. */
    public static PathExpression parsePath(String path) {
        Function<String, RuntimeException> error = m -> BadRequestException.invalidPath("Invalid path: " + m);
        FilterParser parser = new FilterParser(tokenize(path, error), error);
        PathExpression result = parser.pathExpression();
        parser.expect(Kind.END, "the end of the path");
        return result;
    }

    /** Parses a plain attribute path, as {@code attributes}, {@code excludedAttributes} and {@code sortBy} use. */
    public static AttributePath parseAttributePath(String path) {
        PathExpression expression = parsePath(path);
        if (expression.valueFilter() != null) {
            throw BadRequestException.invalidPath("Invalid path: a value filter is not allowed here");
        }
        return expression.attribute();
    }

    private static List<Token> tokenize(String input, Function<String, RuntimeException> error) {
        if (input == null || input.isBlank()) {
            throw error.apply("it is empty");
        }
        if (input.length() > MAX_LENGTH) {
            throw error.apply("it is too long (more than " + MAX_LENGTH + " characters)");
        }
        return FilterLexer.tokenize(input, error);
    }

    // filter = andExpr *("or" andExpr); a loop, so a long flat chain costs no stack depth.
    private Filter orExpression(int depth) {
        Filter left = andExpression(depth);
        while (peek().isWord("or")) {
            index++;
            left = new Or(left, andExpression(depth));
        }
        return left;
    }

    private Filter andExpression(int depth) {
        Filter left = unary(depth);
        while (peek().isWord("and")) {
            index++;
            left = new And(left, unary(depth));
        }
        return left;
    }

    // unary = "not" "(" filter ")" / "(" filter ")" / attrExp / valuePath
    private Filter unary(int depth) {
        Token token = peek();
        if (token.isWord("not") && !isAttributeNamedNot()) {
            index++;
            Token open = expect(Kind.LPAREN, "'(' after 'not'");
            Filter inner = orExpression(deeper(depth, open));
            expect(Kind.RPAREN, "')'");
            return new Not(inner);
        }
        if (token.kind() == Kind.LPAREN) {
            index++;
            Filter inner = orExpression(deeper(depth, token));
            expect(Kind.RPAREN, "')'");
            return inner;
        }
        return attributeExpression(depth);
    }

    /** {@code not} is also a legal ATTRNAME: it is one when an operator or a value filter follows it. */
    private boolean isAttributeNamedNot() {
        Token next = lookahead(1);
        return next.kind() == Kind.LBRACKET
                || next.isWord("pr") || next.kind() == Kind.WORD && CompareOperator.fromKeyword(next.text()).isPresent();
    }

    private Filter attributeExpression(int depth) {
        Token name = expect(Kind.WORD, "an attribute name");
        AttributePath path = attributePath(name);
        if (peek().kind() != Kind.LBRACKET) {
            return comparison(path);
        }
        Filter inner = valueFilter(depth);
        String sub = trailingSubAttribute();
        if (sub == null) {
            return new ValuePath(path, inner);
        }
        // Tolerated beyond the RFC grammar: emails[type eq "work"].value eq "x" means both hold for one element.
        return new ValuePath(path, new And(inner, comparison(AttributePath.of(sub))));
    }

    private Filter comparison(AttributePath path) {
        Token operatorToken = expect(Kind.WORD, "a comparison operator");
        if (operatorToken.isWord("pr")) {
            return new Present(path);
        }
        CompareOperator operator = CompareOperator.fromKeyword(operatorToken.text()).orElseThrow(() ->
                error.apply("expected a comparison operator at position " + operatorToken.position()));
        return new Compare(path, operator, literal());
    }

    // valuePath = attrPath "[" valFilter "]"; RFC 7644 §3.4.2.2 allows no value path inside another.
    private Filter valueFilter(int depth) {
        Token open = expect(Kind.LBRACKET, "'['");
        if (inValueFilter) {
            throw error.apply("value filters cannot be nested (position " + open.position() + ")");
        }
        inValueFilter = true;
        Filter inner = orExpression(deeper(depth, open));
        inValueFilter = false;
        expect(Kind.RBRACKET, "']'");
        return inner;
    }

    /** The {@code .sub} written right after a closing {@code ]}, or null when there is none. */
    private String trailingSubAttribute() {
        Token token = peek();
        Token close = tokens.get(index - 1);
        if (token.kind() != Kind.WORD || !token.text().startsWith(".") || token.position() != close.position() + 1) {
            return null;
        }
        index++;
        String name = token.text().substring(1);
        if (!ATTRIBUTE_NAME.matcher(name).matches()) {
            throw error.apply("expected a sub-attribute name at position " + (token.position() + 1));
        }
        return name;
    }

    // compValue = false / null / true / number / string (RFC 7644 §3.4.2.2), plus Entra's unquoted strings.
    private ScimValue literal() {
        Token token = peek();
        if (token.kind() == Kind.STRING) {
            index++;
            return new ScimString(token.text());
        }
        if (token.kind() != Kind.WORD || token.isWord("and") || token.isWord("or")) {
            throw error.apply("expected a value at position " + token.position());
        }
        index++;
        if (token.isWord("true") || token.isWord("false")) {
            return ScimBoolean.of(token.isWord("true"));
        }
        if (token.isWord("null")) {
            return ScimNull.INSTANCE;
        }
        if (NUMBER.matcher(token.text()).matches()) {
            return number(token);
        }
        // Microsoft Entra sends some literals unquoted (userName eq bob@example.com): read them as strings.
        return new ScimString(token.text());
    }

    private ScimNumber number(Token token) {
        try {
            return new ScimNumber(new BigDecimal(token.text()));
        } catch (NumberFormatException e) {
            // Only an exponent beyond the int range gets here.
            throw error.apply("number out of range at position " + token.position());
        }
    }

    // PATH = attrPath / valuePath [subAttr] (RFC 7644 §3.5.2)
    private PathExpression pathExpression() {
        Token name = expect(Kind.WORD, "an attribute name");
        AttributePath path = attributePath(name);
        if (peek().kind() != Kind.LBRACKET) {
            return new PathExpression(path, null, null);
        }
        Filter filter = valueFilter(0);
        return new PathExpression(path, filter, trailingSubAttribute());
    }

    /** {@code [urn ":"] attr ["." sub]} (RFC 7644 §3.10); Auth0 separates a known URN from its attribute with ".". */
    private AttributePath attributePath(Token token) {
        String text = token.text();
        String schema = null;
        String rest = text;
        if (text.regionMatches(true, 0, "urn:", 0, 4)) {
            schema = knownSchemaPrefix(text);
            if (schema != null) {
                rest = text.substring(schema.length() + 1);
            } else if (isKnownSchema(text)) {
                throw error.apply("expected an attribute after the schema URN at position " + token.position());
            } else {
                int colon = text.lastIndexOf(':');
                schema = text.substring(0, colon);
                rest = text.substring(colon + 1);
            }
        }
        String[] parts = rest.split("\\.", -1);
        if (parts.length > 2 || !ATTRIBUTE_NAME.matcher(parts[0]).matches()
                || parts.length == 2 && !ATTRIBUTE_NAME.matcher(parts[1]).matches()) {
            throw error.apply("expected an attribute name at position " + token.position());
        }
        return new AttributePath(schema, parts[0], parts.length == 2 ? parts[1] : null);
    }

    /** The canonical spelling of the known URN that {@code text} starts with, followed by ":" or ".". */
    private static String knownSchemaPrefix(String text) {
        for (String urn : SchemaUrns.KNOWN) {
            if (text.length() > urn.length() + 1 && text.regionMatches(true, 0, urn, 0, urn.length())
                    && (text.charAt(urn.length()) == ':' || text.charAt(urn.length()) == '.')) {
                return urn;
            }
        }
        return null;
    }

    /** A bare known URN would otherwise be split into schema "…:2.0" and attribute "User". */
    private static boolean isKnownSchema(String text) {
        return SchemaUrns.KNOWN.stream().anyMatch(urn -> urn.equalsIgnoreCase(text)
                || text.length() == urn.length() + 1 && text.regionMatches(true, 0, urn, 0, urn.length()));
    }

    private int deeper(int depth, Token token) {
        if (depth + 1 > MAX_DEPTH) {
            throw error.apply("nesting exceeds the maximum depth of " + MAX_DEPTH + " at position "
                    + token.position());
        }
        return depth + 1;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token lookahead(int offset) {
        return tokens.get(Math.min(index + offset, tokens.size() - 1));
    }

    private Token expect(Kind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error.apply("expected " + what + " at position " + token.position());
        }
        index++;
        return token;
    }
}
