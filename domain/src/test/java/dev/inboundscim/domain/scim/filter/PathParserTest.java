package dev.inboundscim.domain.scim.filter;

import static dev.inboundscim.domain.scim.filter.CompareOperator.CO;
import static dev.inboundscim.domain.scim.filter.CompareOperator.EQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PATCH, mapping and projection paths (RFC 7644 §3.5.2, §3.10). */
class PathParserTest {

    private static final String SECRET = "s3cr3t";

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPaths")
    void parsesPathIntoExactExpression(String path, PathExpression expected) {
        assertEquals(expected, FilterParser.parsePath(path));
    }

    static Stream<Arguments> validPaths() {
        Filter work = new Compare(AttributePath.of("type"), EQ, new ScimString("work"));
        Filter primary = new Compare(AttributePath.of("primary"), EQ, ScimBoolean.TRUE);
        return Stream.of(
                Arguments.of("userName", plain(AttributePath.of("userName"))),
                Arguments.of("name.givenName", plain(new AttributePath(null, "name", "givenName"))),
                Arguments.of("  name.givenName\t", plain(AttributePath.of("name", "givenName"))),
                Arguments.of("NAME.GivenName", plain(AttributePath.of("NAME", "GivenName"))),
                Arguments.of("members.$ref", plain(AttributePath.of("members", "$ref"))),
                Arguments.of("emails[primary eq true].value",
                        new PathExpression(AttributePath.of("emails"), primary, "value")),
                Arguments.of("addresses[type eq \"work\"].streetAddress",
                        new PathExpression(AttributePath.of("addresses"), work, "streetAddress")),
                Arguments.of("emails[type eq \"work\"].value",
                        new PathExpression(AttributePath.of("emails"), work, "value")),
                Arguments.of("members[value eq \"2819c223\"]", new PathExpression(AttributePath.of("members"),
                        new Compare(AttributePath.of("value"), EQ, new ScimString("2819c223")), null)),
                Arguments.of("emails[type eq \"work\" and primary eq true].value",
                        new PathExpression(AttributePath.of("emails"), new And(work, primary), "value")),
                Arguments.of("emails[ type eq \"work\" ].value",
                        new PathExpression(AttributePath.of("emails"), work, "value")),
                Arguments.of("EMAILS[TYPE EQ \"work\"].VALUE", new PathExpression(AttributePath.of("EMAILS"),
                        new Compare(AttributePath.of("TYPE"), EQ, new ScimString("work")), "VALUE")),
                Arguments.of("emails[not (type eq \"home\")].display", new PathExpression(AttributePath.of("emails"),
                        new Not(new Compare(AttributePath.of("type"), EQ, new ScimString("home"))), "display")),
                Arguments.of("emails[value co \"@example.com\" or primary eq true]",
                        new PathExpression(AttributePath.of("emails"), new Or(
                                new Compare(AttributePath.of("value"), CO, new ScimString("@example.com")), primary),
                                null)),
                Arguments.of("members[value eq 2819c223]", new PathExpression(AttributePath.of("members"),
                        new Compare(AttributePath.of("value"), EQ, new ScimString("2819c223")), null)),
                // Auth0 writes "." after a known schema URN, Entra and RFC 7644 §3.10 write ":".
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager",
                        plain(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", null))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                        plain(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", null))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
                        plain(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", "value"))),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value",
                        plain(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", "value"))),
                Arguments.of("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:manager.value",
                        plain(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", "value"))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName",
                        plain(new AttributePath(SchemaUrns.CORE_USER, "name", "familyName"))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:Group:members",
                        plain(new AttributePath(SchemaUrns.CORE_GROUP, "members", null))),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"].value",
                        new PathExpression(new AttributePath(SchemaUrns.CORE_USER, "emails", null), work, "value")),
                Arguments.of("urn:acme:scim:1.0:Badge:level",
                        plain(new AttributePath("urn:acme:scim:1.0:Badge", "level", null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributePaths")
    void parsesProjectionAndSortAttributePaths(String path, AttributePath expected) {
        assertEquals(expected, FilterParser.parseAttributePath(path));
    }

    static Stream<Arguments> attributePaths() {
        return Stream.of(
                Arguments.of("userName", AttributePath.of("userName")),
                Arguments.of("name.givenName", AttributePath.of("name", "givenName")),
                Arguments.of("meta.lastModified", AttributePath.of("meta", "lastModified")),
                Arguments.of(" displayName ", AttributePath.of("displayName")),
                Arguments.of("emails.value", AttributePath.of("emails", "value")),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:userName",
                        new AttributePath(SchemaUrns.CORE_USER, "userName", null)),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
                        new AttributePath(SchemaUrns.ENTERPRISE_USER, "employeeNumber", null)),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber",
                        new AttributePath(SchemaUrns.ENTERPRISE_USER, "employeeNumber", null)),
                Arguments.of("urn:acme:Ext:thing.part", new AttributePath("urn:acme:Ext", "thing", "part")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "   ",
        "emails[",
        "emails]",
        "emails[type eq \"s3cr3t\"",
        "emails[type eq \"s3cr3t\"]]",
        "emails[type eq \"s3cr3t\"].",
        "emails[type eq \"s3cr3t\"].1x",
        "emails[type eq \"s3cr3t\"] .value",
        "emails[type eq \"s3cr3t\"]value",
        "emails[type eq \"s3cr3t\"].value.display",
        "emails[type eq \"s3cr3t\"].value[primary eq true]",
        "emails[type[value eq \"s3cr3t\"]]",
        "emails[]",
        "emails[s3cr3t]",
        "emails[type eq \"s3cr3t\\x\"]",
        "emails[type eq \"s3cr3t]",
        "a b",
        "name s3cr3t",
        "name..givenName",
        "name.given.family",
        "name.",
        ".name",
        "1name",
        "na!me",
        "name.$s3cr3t",
        "emails eq \"s3cr3t\"",
        "(name)",
        "not(name pr)",
        "\"s3cr3t\"",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.",
        "urn:",
    })
    void rejectsMalformedPathAsInvalidPath(String path) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parsePath(path));
        assertEquals(Optional.of(ScimType.INVALID_PATH), e.scimType());
        assertFalse(e.detail().contains(SECRET), e.detail());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "emails[type eq \"work\"]",
        "emails[type eq \"work\"].value",
        "name.",
        "name givenName",
        "userName eq \"s3cr3t\"",
    })
    void attributePathsRefuseValueFiltersAndMalformedInput(String path) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parseAttributePath(path));
        assertEquals(Optional.of(ScimType.INVALID_PATH), e.scimType());
        assertFalse(e.detail().contains(SECRET), e.detail());
    }

    @Test
    void rejectsNullPath() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parsePath(null));
        assertEquals(Optional.of(ScimType.INVALID_PATH), e.scimType());
        BadRequestException projection = assertThrows(BadRequestException.class,
                () -> FilterParser.parseAttributePath(null));
        assertEquals(Optional.of(ScimType.INVALID_PATH), projection.scimType());
    }

    @Test
    void reportsPositionOfUnclosedValueFilter() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> FilterParser.parsePath("emails[type eq \"work\""));
        assertTrue(e.detail().contains("expected ']' at position 22"), e.detail());
    }

    @Test
    void acceptsPathExactlyAtTheLengthLimit() {
        String name = "a".repeat(FilterParser.MAX_LENGTH);
        assertEquals(AttributePath.of(name), FilterParser.parseAttributePath(name));
    }

    @Test
    void rejectsPathLongerThanTheLengthLimitAsInvalidPath() {
        String name = "a".repeat(FilterParser.MAX_LENGTH + 1);
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parsePath(name));
        assertEquals(Optional.of(ScimType.INVALID_PATH), e.scimType());
        assertTrue(e.detail().contains("too long"), e.detail());
        BadRequestException projection = assertThrows(BadRequestException.class,
                () -> FilterParser.parseAttributePath(name));
        assertEquals(Optional.of(ScimType.INVALID_PATH), projection.scimType());
    }

    @Test
    void rejectsValueFilterNestedBeyondTheDepthLimitAsInvalidPath() {
        int parens = FilterParser.MAX_DEPTH;
        String path = "emails[" + "(".repeat(parens) + "type pr" + ")".repeat(parens) + "].value";
        BadRequestException e = assertThrows(BadRequestException.class, () -> FilterParser.parsePath(path));
        assertEquals(Optional.of(ScimType.INVALID_PATH), e.scimType());
        assertTrue(e.detail().contains("depth"), e.detail());
    }

    private static PathExpression plain(AttributePath attribute) {
        return new PathExpression(attribute, null, null);
    }
}
