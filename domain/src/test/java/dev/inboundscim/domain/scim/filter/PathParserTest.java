package dev.inboundscim.domain.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PATCH, mapping and projection paths (RFC 7644 §3.5.2, §3.10). */
class PathParserTest {

    static Stream<Arguments> validPaths() {
        return Stream.of(
                Arguments.of("userName", new PathExpression(AttributePath.of("userName"), null, null)),
                Arguments.of("name.givenName", new PathExpression(AttributePath.of("name", "givenName"), null, null)),
                Arguments.of("emails[primary eq true].value", new PathExpression(AttributePath.of("emails"),
                        new Compare(AttributePath.of("primary"), CompareOperator.EQ, ScimBoolean.TRUE), "value")),
                Arguments.of("addresses[type eq \"work\"].streetAddress", new PathExpression(
                        AttributePath.of("addresses"), new Compare(AttributePath.of("type"), CompareOperator.EQ,
                        new ScimString("work")), "streetAddress")),
                Arguments.of("members[value eq \"2819c223\"]", new PathExpression(AttributePath.of("members"),
                        new Compare(AttributePath.of("value"), CompareOperator.EQ, new ScimString("2819c223")), null)),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager", new PathExpression(
                        new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", null), null, null)),
                Arguments.of("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:manager.value",
                        new PathExpression(new AttributePath(SchemaUrns.ENTERPRISE_USER, "manager", "value"), null,
                                null)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validPaths")
    void parsesPathIntoExactExpression(String path, PathExpression expected) {
        assertEquals(expected, FilterParser.parsePath(path));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "emails[", "emails[type eq \"w\"].", "emails[type eq \"w\"].1x", "a b",
            "name..givenName", "emails]"})
    void rejectsMalformedPathAsInvalidPath(String path) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> FilterParser.parsePath(path));
        assertEquals(ScimType.INVALID_PATH, error.scimType().orElseThrow());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"emails[type eq \"work\"]", "emails[type eq \"work\"].value"})
    void attributePathsRefuseValueFilters(String path) {
        assertThrows(BadRequestException.class, () -> FilterParser.parseAttributePath(path));
    }
}
