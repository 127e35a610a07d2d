package dev.inboundscim.domain.scim.filter;

import static dev.inboundscim.domain.scim.filter.CompareOperator.CO;
import static dev.inboundscim.domain.scim.filter.CompareOperator.EQ;
import static dev.inboundscim.domain.scim.filter.CompareOperator.EW;
import static dev.inboundscim.domain.scim.filter.CompareOperator.GE;
import static dev.inboundscim.domain.scim.filter.CompareOperator.GT;
import static dev.inboundscim.domain.scim.filter.CompareOperator.LE;
import static dev.inboundscim.domain.scim.filter.CompareOperator.LT;
import static dev.inboundscim.domain.scim.filter.CompareOperator.NE;
import static dev.inboundscim.domain.scim.filter.CompareOperator.SW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    private static final String SECRET = "s3cr3t";

    @ParameterizedTest(name = "{0}")
    @MethodSource("operators")
    void parsesEveryComparisonOperator(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of("userName eq \"bjensen\"", compare("userName", EQ, str("bjensen"))),
                Arguments.of("userName ne \"bjensen\"", compare("userName", NE, str("bjensen"))),
                Arguments.of("name.familyName co \"O'Malley\"", compare(sub("name", "familyName"), CO, str("O'Malley"))),
                Arguments.of("userName sw \"J\"", compare("userName", SW, str("J"))),
                Arguments.of("userName ew \"sen\"", compare("userName", EW, str("sen"))),
                Arguments.of("meta.lastModified gt \"2011-05-13T04:42:34Z\"",
                        compare(sub("meta", "lastModified"), GT, str("2011-05-13T04:42:34Z"))),
                Arguments.of("meta.lastModified ge \"2011-05-13T04:42:34Z\"",
                        compare(sub("meta", "lastModified"), GE, str("2011-05-13T04:42:34Z"))),
                Arguments.of("meta.lastModified lt \"2011-05-13T04:42:34Z\"",
                        compare(sub("meta", "lastModified"), LT, str("2011-05-13T04:42:34Z"))),
                Arguments.of("meta.lastModified le \"2011-05-13T04:42:34Z\"",
                        compare(sub("meta", "lastModified"), LE, str("2011-05-13T04:42:34Z"))),
                Arguments.of("title pr", present("title")),
                Arguments.of("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
                        compare("schemas", EQ, str(SchemaUrns.ENTERPRISE_USER))),
                Arguments.of("members.$ref pr", new Present(sub("members", "$ref"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logic")
    void parsesLogicalOperatorsWithRfcPrecedence(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> logic() {
        Filter a = present("a");
        Filter b = present("b");
        Filter c = present("c");
        return Stream.of(
                Arguments.of("title pr and userType eq \"Employee\"",
                        new And(present("title"), compare("userType", EQ, str("Employee")))),
                Arguments.of("title pr or userType eq \"Intern\"",
                        new Or(present("title"), compare("userType", EQ, str("Intern")))),
                Arguments.of("a pr or b pr and c pr", new Or(a, new And(b, c))),
                Arguments.of("a pr and b pr or c pr", new Or(new And(a, b), c)),
                Arguments.of("a pr or b pr or c pr", new Or(new Or(a, b), c)),
                Arguments.of("a pr and b pr and c pr", new And(new And(a, b), c)),
                Arguments.of("(a pr or b pr) and c pr", new And(new Or(a, b), c)),
                Arguments.of("a pr and (b pr or c pr)", new And(a, new Or(b, c))),
                Arguments.of("((a pr))", a),
                Arguments.of("not (a pr)", new Not(a)),
                Arguments.of("not(a pr)", new Not(a)),
                Arguments.of("not (a pr) and b pr", new And(new Not(a), b)),
                Arguments.of("not (a pr or b pr)", new Not(new Or(a, b))),
                Arguments.of("not (not (a pr))", new Not(new Not(a))),
                Arguments.of("a pr and not(b pr) or c pr", new Or(new And(a, new Not(b)), c)),
                Arguments.of("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
                        new And(compare("userType", EQ, str("Employee")),
                                new Or(compare("emails", CO, str("example.com")),
                                        compare(sub("emails", "value"), CO, str("example.org"))))),
                Arguments.of("userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
                        new And(compare("userType", NE, str("Employee")),
                                new Not(new Or(compare("emails", CO, str("example.com")),
                                        compare(sub("emails", "value"), CO, str("example.org")))))),
                // "not" is also a legal attribute name when an operator follows it.
                Arguments.of("not pr", present("not")),
                Arguments.of("not eq \"x\"", compare("not", EQ, str("x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseInsensitive")
    void acceptsKeywordsAndOperatorsInAnyCase(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> caseInsensitive() {
        return Stream.of(
                Arguments.of("userName EQ \"x\"", compare("userName", EQ, str("x"))),
                Arguments.of("userName Sw \"x\"", compare("userName", SW, str("x"))),
                Arguments.of("title Pr", present("title")),
                Arguments.of("title PR", present("title")),
                Arguments.of("a pr AND b pr", new And(present("a"), present("b"))),
                Arguments.of("a pr Or b pr", new Or(present("a"), present("b"))),
                Arguments.of("NOT (a pr)", new Not(present("a"))),
                Arguments.of("Not(a pr)", new Not(present("a"))),
                Arguments.of("active eq True", compare("active", EQ, ScimBoolean.TRUE)),
                Arguments.of("active eq FALSE", compare("active", EQ, ScimBoolean.FALSE)),
                Arguments.of("manager eq NULL", compare("manager", EQ, ScimNull.INSTANCE)),
                Arguments.of("UserName eq \"x\"", compare("UserName", EQ, str("x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literals")
    void parsesJsonLiterals(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                Arguments.of("age gt 5", compare("age", GT, num("5"))),
                Arguments.of("age gt -5", compare("age", GT, num("-5"))),
                Arguments.of("age eq 0", compare("age", EQ, num("0"))),
                Arguments.of("score ge 1.5", compare("score", GE, num("1.5"))),
                Arguments.of("score le 1e3", compare("score", LE, num("1000"))),
                Arguments.of("score lt 2.5E-3", compare("score", LT, num("0.0025"))),
                Arguments.of("score lt -0.5e+2", compare("score", LT, num("-50"))),
                Arguments.of("active eq true", compare("active", EQ, ScimBoolean.TRUE)),
                Arguments.of("active eq false", compare("active", EQ, ScimBoolean.FALSE)),
                Arguments.of("manager eq null", compare("manager", EQ, ScimNull.INSTANCE)),
                Arguments.of("userName eq \"\"", compare("userName", EQ, str(""))),
                Arguments.of("userName eq \"true\"", compare("userName", EQ, str("true"))),
                Arguments.of("userName eq \"42\"", compare("userName", EQ, str("42"))),
                Arguments.of("title eq \"a (b) [c] and or not\"", compare("title", EQ, str("a (b) [c] and or not"))),
                Arguments.of("title eq \"a\\\"b\"", compare("title", EQ, str("a\"b"))),
                Arguments.of("title eq \"a\\\\b\"", compare("title", EQ, str("a\\b"))),
                Arguments.of("title eq \"a\\/b\"", compare("title", EQ, str("a/b"))),
                Arguments.of("title eq \"\\b\\f\\n\\r\\t\"", compare("title", EQ, str("\b\f\n\r\t"))),
                Arguments.of("title eq \"caf\\u00e9\"", compare("title", EQ, str("caf\u00e9"))),
                Arguments.of("title eq \"caf\\u00E9\"", compare("title", EQ, str("caf\u00e9"))),
                Arguments.of("title eq \"\\uD83D\\uDE00\"", compare("title", EQ, str("\uD83D\uDE00"))),
                Arguments.of("title eq \"caf\u00e9 \u65e5\u672c\"", compare("title", EQ, str("caf\u00e9 \u65e5\u672c"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unquoted")
    void readsEntraUnquotedLiteralsAsStrings(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> unquoted() {
        return Stream.of(
                Arguments.of("userName eq bob@example.com", compare("userName", EQ, str("bob@example.com"))),
                Arguments.of("externalId eq 00123", compare("externalId", EQ, str("00123"))),
                Arguments.of("externalId eq 5f0c-4b2a", compare("externalId", EQ, str("5f0c-4b2a"))),
                Arguments.of("externalId eq +5", compare("externalId", EQ, str("+5"))),
                Arguments.of("(userName eq bob)", compare("userName", EQ, str("bob"))),
                Arguments.of("userName eq bob and active eq true",
                        new And(compare("userName", EQ, str("bob")), compare("active", EQ, ScimBoolean.TRUE))),
                Arguments.of("emails[value eq bob@example.com]",
                        new ValuePath(attr("emails"), compare("value", EQ, str("bob@example.com")))),
                Arguments.of("userName eq trueish", compare("userName", EQ, str("trueish"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urns")
    void parsesSchemaUrnPrefixesInBothIdpSpellings(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> urns() {
        AttributePath employeeNumber = new AttributePath(SchemaUrns.ENTERPRISE_USER, "employeeNumber", null);
        AttributePath managerValue = new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", "value");
        return Stream.of(
                // Microsoft Entra: URN ":" attribute, as RFC 7644 §3.10 writes it.
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"42\"",
                        new Compare(employeeNumber, EQ, str("42"))),
                // Auth0: URN "." attribute.
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber eq \"42\"",
                        new Compare(employeeNumber, EQ, str("42"))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"m1\"",
                        new Compare(managerValue, EQ, str("m1"))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value eq \"m1\"",
                        new Compare(managerValue, EQ, str("m1"))),
                Arguments.of("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:employeeNumber pr",
                        new Present(employeeNumber)),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
                        new Compare(new AttributePath(SchemaUrns.CORE_USER, "userName", null), SW, str("J"))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr",
                        new Present(new AttributePath(SchemaUrns.CORE_USER, "name", "givenName"))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq \"Ops\"",
                        new Compare(new AttributePath(SchemaUrns.CORE_GROUP, "displayName", null), EQ, str("Ops"))),
                // Unknown schema: everything up to the last ":" is the URN, spelled as the client wrote it.
                Arguments.of("urn:acme:scim:1.0:Custom:badge eq \"7\"",
                        new Compare(new AttributePath("urn:acme:scim:1.0:Custom", "badge", null), EQ, str("7"))),
                Arguments.of("URN:Acme:Ext:thing.part pr",
                        new Present(new AttributePath("URN:Acme:Ext", "thing", "part"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuePaths")
    void parsesValuePathsWithRelativeInnerPaths(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> valuePaths() {
        Filter work = compare("type", EQ, str("work"));
        return Stream.of(
                Arguments.of("emails[type eq \"work\"]", new ValuePath(attr("emails"), work)),
                Arguments.of("emails[type eq \"work\" and value co \"@example.com\"]",
                        new ValuePath(attr("emails"), new And(work, compare("value", CO, str("@example.com"))))),
                Arguments.of("userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
                        new And(compare("userType", EQ, str("Employee")), new ValuePath(attr("emails"),
                                new And(work, compare("value", CO, str("@example.com")))))),
                Arguments.of("emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]",
                        new Or(new ValuePath(attr("emails"), new And(work, compare("value", CO, str("@example.com")))),
                                new ValuePath(attr("ims"), new And(compare("type", EQ, str("xmpp")),
                                        compare("value", CO, str("@foo.com")))))),
                Arguments.of("emails[not (type eq \"work\")]", new ValuePath(attr("emails"), new Not(work))),
                Arguments.of("emails[(type eq \"work\" or type eq \"home\") and primary eq true]",
                        new ValuePath(attr("emails"), new And(new Or(work, compare("type", EQ, str("home"))),
                                compare("primary", EQ, ScimBoolean.TRUE)))),
                Arguments.of("members[value eq \"2819c223\"]",
                        new ValuePath(attr("members"), compare("value", EQ, str("2819c223")))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"]",
                        new ValuePath(new AttributePath(SchemaUrns.CORE_USER, "emails", null), work)),
                // Tolerated beyond RFC 7644: a sub-attribute comparison after the brackets joins the value filter.
                Arguments.of("emails[type eq \"work\"].value eq \"x@example.com\"",
                        new ValuePath(attr("emails"), new And(work, compare("value", EQ, str("x@example.com"))))),
                Arguments.of("emails[type eq \"work\"].value pr",
                        new ValuePath(attr("emails"), new And(work, present("value")))),
                Arguments.of("emails[type eq \"work\"].value pr and active eq true",
                        new And(new ValuePath(attr("emails"), new And(work, present("value"))),
                                compare("active", EQ, ScimBoolean.TRUE))),
                Arguments.of("not (emails[type eq \"work\"])", new Not(new ValuePath(attr("emails"), work))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whitespace")
    void ignoresWhitespaceBetweenTokens(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    static Stream<Arguments> whitespace() {
        Filter bob = compare("userName", EQ, str("bob"));
        return Stream.of(
                Arguments.of("  userName eq \"bob\"  ", bob),
                Arguments.of("userName\teq\n\"bob\"", bob),
                Arguments.of("userName   eq    \"bob\"", bob),
                Arguments.of("userName eq\"bob\"", bob),
                Arguments.of("\r\n(\tuserName eq \"bob\"\t)\r\n", bob),
                Arguments.of("a pr\r\nand\tb pr", new And(present("a"), present("b"))),
                Arguments.of("emails[ type eq \"work\" ]", new ValuePath(attr("emails"), compare("type", EQ, str("work")))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "   ",
        "\t\n",
        "userName eq \"s3cr3t\" s3cr3t",
        "userName eq \"bob\" s3cr3t",
        "userName eq",
        "userName",
        "userName xx \"s3cr3t\"",
        "userName s3cr3t \"x\"",
        "userName eq \"s3cr3t",
        "userName eq \"s3cr3t\\q\"",
        "userName eq \"s3cr3t\\u12\"",
        "userName eq \"\\u+041s3cr3t\"",
        "userName eq \"\\uzzzzs3cr3t\"",
        "userName eq \"s3cr3t\\",
        "(userName eq \"s3cr3t\"",
        "userName eq \"s3cr3t\")",
        "((userName eq \"s3cr3t\")",
        "emails[type eq \"s3cr3t\"",
        "emails[type eq \"s3cr3t\"]]",
        "emails type eq \"s3cr3t\"]",
        "emails[type eq \"s3cr3t\"].value",
        "emails[type eq \"s3cr3t\"] .value eq \"x\"",
        "emails[type eq \"s3cr3t\"].1bad eq \"x\"",
        "emails[type eq \"s3cr3t\"]value eq \"x\"",
        "emails[type[value eq \"s3cr3t\"]]",
        "emails[type eq \"x\" and ims[value eq \"s3cr3t\"]]",
        "title pr \"s3cr3t\"",
        "title pr s3cr3t",
        "userName eq \"s3cr3t\" and",
        "userName eq \"s3cr3t\" or",
        "userName eq \"s3cr3t\" and or title pr",
        "and userName eq \"s3cr3t\"",
        "not userName eq \"s3cr3t\"",
        "not",
        "not (userName eq \"s3cr3t\"",
        "()",
        "[]",
        "emails[]",
        "userName eq )",
        "userName eq and title pr",
        "userName eq \"s3cr3t\" eq \"x\"",
        "1userName eq \"s3cr3t\"",
        "user!name eq \"s3cr3t\"",
        "name.given.family eq \"s3cr3t\"",
        "name. eq \"s3cr3t\"",
        ".name eq \"s3cr3t\"",
        "name..given eq \"s3cr3t\"",
        "urn:ietf:params:scim:schemas:core:2.0:User eq \"s3cr3t\"",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User: eq \"s3cr3t\"",
        "urn: eq \"s3cr3t\"",
        "\"s3cr3t\" eq userName",
        "userName eq s3cr3t]",
        "userName eq s3cr3t)",
        "age gt 1e99999999999",
        "userName eq \"s3cr3t\" and (title pr))",
    })
    void rejectsMalformedFilterWithoutEchoingInput(String filter) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parse(filter));
        assertEquals(Optional.of(ScimType.INVALID_FILTER), e.scimType());
        assertFalse(e.detail().contains(SECRET), e.detail());
        assertFalse(e.detail().contains("s3cr"), e.detail());
    }

    @Test
    void rejectsNullFilter() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parse(null));
        assertEquals(Optional.of(ScimType.INVALID_FILTER), e.scimType());
    }

    @Test
    void rejectsFilterWithUnbalancedParenthesis() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parse("(title pr"));
        assertEquals(Optional.of(ScimType.INVALID_FILTER), e.scimType());
        assertTrue(e.detail().contains("expected ')' at position 10"), e.detail());
    }

    @Test
    void errorDetailNamesPositionAndExpectation() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> FilterParser.parse("userName xx \"s3cr3t\""));
        assertTrue(e.detail().contains("expected a comparison operator at position 10"), e.detail());
    }

    @Test
    void errorDetailForBadEscapeNamesItsPosition() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> FilterParser.parse("title eq \"ab\\x\""));
        assertTrue(e.detail().contains("invalid escape sequence at position 13"), e.detail());
    }

    @Test
    void rejectsNotWithoutParenthesis() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parse("not title pr"));
        assertTrue(e.detail().contains("expected '(' after 'not' at position 5"), e.detail());
    }

    @Test
    void keepsNumberPrecisionAndScale() {
        Compare compare = assertInstanceOf(Compare.class, FilterParser.parse("score eq 1.50"));
        BigDecimal value = assertInstanceOf(ScimNumber.class, compare.value()).value();
        assertEquals(new BigDecimal("1.50"), value);
        assertEquals(2, value.scale());
    }

    @Test
    void usesCanonicalSpellingForKnownSchemaUrns() {
        Present present = assertInstanceOf(Present.class,
                FilterParser.parse("urn:IETF:params:scim:schemas:extension:enterprise:2.0:user.department pr"));
        assertEquals(SchemaUrns.ENTERPRISE_USER, present.path().schemaUrn());
    }

    @Test
    void acceptsNestingExactlyAtTheDepthLimit() {
        String filter = "(".repeat(FilterParser.MAX_DEPTH) + "title pr" + ")".repeat(FilterParser.MAX_DEPTH);
        assertEquals(present("title"), FilterParser.parse(filter));
    }

    @Test
    void rejectsParenthesesNestedBeyondTheDepthLimit() {
        int depth = FilterParser.MAX_DEPTH + 1;
        String filter = "(".repeat(depth) + "title pr" + ")".repeat(depth);
        assertDepthRejected(filter);
    }

    @Test
    void acceptsNotNestedExactlyAtTheDepthLimit() {
        String filter = "not(".repeat(FilterParser.MAX_DEPTH) + "title pr" + ")".repeat(FilterParser.MAX_DEPTH);
        Filter result = FilterParser.parse(filter);
        for (int i = 0; i < FilterParser.MAX_DEPTH; i++) {
            result = assertInstanceOf(Not.class, result).inner();
        }
        assertEquals(present("title"), result);
    }

    @Test
    void rejectsNotNestedBeyondTheDepthLimit() {
        int depth = FilterParser.MAX_DEPTH + 1;
        assertDepthRejected("not (".repeat(depth) + "title pr" + ")".repeat(depth));
    }

    @Test
    void countsValueFilterBracketsTowardsTheDepthLimit() {
        int inner = FilterParser.MAX_DEPTH - 1;
        String ok = "emails[" + "(".repeat(inner) + "type pr" + ")".repeat(inner) + "]";
        assertEquals(new ValuePath(attr("emails"), present("type")), FilterParser.parse(ok));
        String tooDeep = "emails[" + "(".repeat(inner + 1) + "type pr" + ")".repeat(inner + 1) + "]";
        assertDepthRejected(tooDeep);
    }

    @Test
    void doesNotCountLongFlatChainsAsDepth() {
        int terms = 700;
        StringBuilder filter = new StringBuilder("a eq 1");
        for (int i = 1; i < terms; i++) {
            filter.append(i % 2 == 0 ? " or " : " and ").append("a eq 1");
        }
        assertTrue(filter.length() <= FilterParser.MAX_LENGTH);
        Filter result = FilterParser.parse(filter.toString());
        int leaves = countLeaves(result);
        assertEquals(terms, leaves);
    }

    @Test
    void acceptsFilterExactlyAtTheLengthLimit() {
        String prefix = "userName eq \"";
        String filter = prefix + "x".repeat(FilterParser.MAX_LENGTH - prefix.length() - 1) + "\"";
        assertEquals(FilterParser.MAX_LENGTH, filter.length());
        Compare compare = assertInstanceOf(Compare.class, FilterParser.parse(filter));
        assertEquals(FilterParser.MAX_LENGTH - prefix.length() - 1, ((ScimString) compare.value()).value().length());
    }

    @Test
    void rejectsFilterLongerThanTheLengthLimit() {
        String prefix = "userName eq \"";
        String filter = prefix + SECRET.repeat(FilterParser.MAX_LENGTH).substring(0,
                FilterParser.MAX_LENGTH - prefix.length()) + "\"";
        assertEquals(FilterParser.MAX_LENGTH + 1, filter.length());
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parse(filter));
        assertEquals(Optional.of(ScimType.INVALID_FILTER), e.scimType());
        assertTrue(e.detail().contains("too long"), e.detail());
        assertFalse(e.detail().contains(SECRET), e.detail());
    }

    private static void assertDepthRejected(String filter) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parse(filter));
        assertEquals(Optional.of(ScimType.INVALID_FILTER), e.scimType());
        assertTrue(e.detail().contains("depth of " + FilterParser.MAX_DEPTH), e.detail());
    }

    private static int countLeaves(Filter filter) {
        // Iterative: the chain is left-deep, so walk down the left spine.
        int leaves = 0;
        Filter current = filter;
        while (true) {
            switch (current) {
                case And and -> {
                    leaves += countLeaves(and.right());
                    current = and.left();
                }
                case Or or -> {
                    leaves += countLeaves(or.right());
                    current = or.left();
                }
                default -> {
                    return leaves + 1;
                }
            }
        }
    }

    static AttributePath attr(String name) {
        return AttributePath.of(name);
    }

    static AttributePath sub(String name, String subAttribute) {
        return AttributePath.of(name, subAttribute);
    }

    static Compare compare(String name, CompareOperator operator, ScimValue value) {
        return new Compare(attr(name), operator, value);
    }

    static Compare compare(AttributePath path, CompareOperator operator, ScimValue value) {
        return new Compare(path, operator, value);
    }

    static Present present(String name) {
        return new Present(attr(name));
    }

    static ScimString str(String value) {
        return new ScimString(value);
    }

    static ScimNumber num(String value) {
        return new ScimNumber(new BigDecimal(value));
    }
}
