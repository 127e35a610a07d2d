package dev.inboundscim.domain.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The RFC 7644 §3.4.2.2 grammar: input → exact tree, and every defect → invalidFilter. */
class FilterParserTest {

    private static AttributePath attr(String name) {
        return AttributePath.of(name);
    }

    private static AttributePath attr(String name, String sub) {
        return AttributePath.of(name, sub);
    }

    private static Compare eq(AttributePath path, ScimValue value) {
        return new Compare(path, CompareOperator.EQ, value);
    }

    private static Compare eq(String name, String value) {
        return eq(attr(name), new ScimString(value));
    }

    static Stream<Arguments> validFilters() {
        return Stream.of(
                Arguments.of("userName eq \"bjensen\"", eq("userName", "bjensen")),
                Arguments.of("name.familyName co \"O'Malley\"",
                        new Compare(attr("name", "familyName"), CompareOperator.CO, new ScimString("O'Malley"))),
                Arguments.of("userName sw \"J\"", new Compare(attr("userName"), CompareOperator.SW, new ScimString("J"))),
                Arguments.of("userName ew \"n\"", new Compare(attr("userName"), CompareOperator.EW, new ScimString("n"))),
                Arguments.of("title ne \"x\"", new Compare(attr("title"), CompareOperator.NE, new ScimString("x"))),
                Arguments.of("title pr", new Present(attr("title"))),
                Arguments.of("meta.lastModified gt \"2011-05-13T04:42:34Z\"", new Compare(attr("meta", "lastModified"),
                        CompareOperator.GT, new ScimString("2011-05-13T04:42:34Z"))),
                Arguments.of("meta.lastModified ge \"a\"", new Compare(attr("meta", "lastModified"),
                        CompareOperator.GE, new ScimString("a"))),
                Arguments.of("x lt 5", new Compare(attr("x"), CompareOperator.LT, new ScimNumber(BigDecimal.valueOf(5)))),
                Arguments.of("x le -1.5e3", new Compare(attr("x"), CompareOperator.LE, new ScimNumber(
                        new BigDecimal("-1.5e3")))),
                Arguments.of("active eq true", eq(attr("active"), ScimBoolean.TRUE)),
                Arguments.of("active Eq False", eq(attr("active"), ScimBoolean.FALSE)),
                Arguments.of("manager eq null", eq(attr("manager"), ScimNull.INSTANCE)),
                Arguments.of("userName EQ \"a\" AND title PR", new And(eq("userName", "a"), new Present(attr("title")))),
                Arguments.of("a pr or b pr and c pr", new Or(new Present(attr("a")),
                        new And(new Present(attr("b")), new Present(attr("c"))))),
                Arguments.of("(a pr or b pr) and c pr", new And(new Or(new Present(attr("a")),
                        new Present(attr("b"))), new Present(attr("c")))),
                Arguments.of("a pr or b pr or c pr", new Or(new Or(new Present(attr("a")), new Present(attr("b"))),
                        new Present(attr("c")))),
                Arguments.of("not (a pr)", new Not(new Present(attr("a")))),
                Arguments.of("NOT(a pr) and b pr", new And(new Not(new Present(attr("a"))), new Present(attr("b")))),
                Arguments.of("emails[type eq \"work\" and value co \"@example.com\"]", new ValuePath(attr("emails"),
                        new And(eq("type", "work"), new Compare(attr("value"), CompareOperator.CO,
                                new ScimString("@example.com"))))),
                Arguments.of("emails[type eq \"work\"].value eq \"a@b\"", new ValuePath(attr("emails"),
                        new And(eq("type", "work"), eq("value", "a@b")))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"", new Compare(
                        new AttributePath(SchemaUrns.CORE_USER, "userName", null), CompareOperator.SW,
                        new ScimString("J"))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"m\"",
                        eq(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", "value"), new ScimString("m"))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber eq \"1\"",
                        eq(new AttributePath(SchemaUrns.ENTERPRISE_USER, "employeeNumber", null),
                                new ScimString("1"))),
                Arguments.of("urn:example:custom:2.0:Thing:size eq 1", eq(new AttributePath("urn:example:custom:2.0:Thing",
                        "size", null), new ScimNumber(BigDecimal.ONE))),
                Arguments.of("userName eq bob@example.com", eq("userName", "bob@example.com")),
                Arguments.of("externalId eq 1234", eq(attr("externalId"), new ScimNumber(BigDecimal.valueOf(1234)))),
                Arguments.of("userName eq \"a\\\"b\\\\c\\u00e9\\n\"", eq("userName", "a\"b\\c\u00e9\n")),
                Arguments.of("  userName   eq\t\"x\"  ", eq("userName", "x")),
                Arguments.of("members.$ref pr", new Present(attr("members", "$ref"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validFilters")
    void parsesFilterIntoExactTree(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "", "   ", "userName", "userName eq", "userName eq \"s3cr3t", "userName xx \"s3cr3t\"",
            "(userName eq \"s3cr3t\"", "userName eq \"s3cr3t\")", "userName eq \"s3cr3t\" and",
            "userName eq \"s3cr3t\" or", "and userName eq \"s3cr3t\"", "not userName eq \"s3cr3t\"",
            "title pr \"s3cr3t\"", "emails[type eq \"s3cr3t\"", "emails[type eq \"s3cr3t\"]]",
            "emails[type[value eq \"s3cr3t\"]]", "userName eq \"s3cr3t\\q\"", "userName eq \"\\u12\"",
            "9userName eq \"s3cr3t\"", "a.b.c eq \"s3cr3t\"", "userName eq \"s3cr3t\" userName",
            "userName eq and", "()", "[type eq \"s3cr3t\"]"})
    void rejectsMalformedFilterWithoutEchoingIt(String filter) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> FilterParser.parse(filter));
        assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
        assertFalse(error.detail().contains("s3cr3t"), error.detail());
    }

    @Test
    void rejectsNullFilter() {
        assertThrows(BadRequestException.class, () -> FilterParser.parse(null));
    }

    @Test
    void acceptsNestingUpToTheDepthCapAndRejectsBeyondIt() {
        String ok = "(".repeat(FilterParser.MAX_DEPTH) + "a pr" + ")".repeat(FilterParser.MAX_DEPTH);
        assertEquals(new Present(attr("a")), FilterParser.parse(ok));
        String deep = "(".repeat(FilterParser.MAX_DEPTH + 1) + "a pr" + ")".repeat(FilterParser.MAX_DEPTH + 1);
        BadRequestException error = assertThrows(BadRequestException.class, () -> FilterParser.parse(deep));
        assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
    }

    @Test
    void longFlatChainsAreNotDepth() {
        String chain = String.join(" or ", java.util.Collections.nCopies(500, "a pr"));
        assertEquals(Or.class, FilterParser.parse(chain).getClass());
    }

    @Test
    void rejectsFiltersLongerThanTheLengthCap() {
        String value = "x".repeat(FilterParser.MAX_LENGTH - "userName eq \"\"".length());
        assertEquals(eq("userName", value), FilterParser.parse("userName eq \"" + value + "\""));
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> FilterParser.parse("userName eq \"" + value + "x\""));
        assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
    }
}
