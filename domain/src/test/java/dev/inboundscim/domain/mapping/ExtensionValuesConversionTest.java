package dev.inboundscim.domain.mapping;

import static dev.inboundscim.domain.mapping.Json.array;
import static dev.inboundscim.domain.mapping.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.schema.SchemaExtensions;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values of declared extension attributes (SPEC §10) on their way into the profile: typed, or 400 invalidValue. */
class ExtensionValuesConversionTest {

    private static final String URN = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final AttributeMapping MAPPING = AttributeMapping.of("userName", List.of(
                    new RawMappingPair("userName", "username"),
                    new RawMappingPair(URN + ":flag", "app_metadata.flag"),
                    new RawMappingPair(URN + ":level", "app_metadata.level"),
                    new RawMappingPair(URN + ":score", "app_metadata.score"),
                    new RawMappingPair(URN + ":code", "app_metadata.code"),
                    new RawMappingPair(URN + ":hiredAt", "app_metadata.hired_at"),
                    new RawMappingPair(URN + ":levels", "app_metadata.levels")),
            new UserSchemaSet(SchemaExtensions.parse(array(object("id", URN, "attributes", array(
                    object("name", "flag", "type", "boolean"),
                    object("name", "level", "type", "integer"),
                    object("name", "score", "type", "decimal"),
                    object("name", "code", "type", "string"),
                    object("name", "hiredAt", "type", "dateTime"),
                    object("name", "levels", "type", "integer", "multiValued", true)))))));

    private static ScimObject convert(String attribute, ScimValue value) {
        return ScimToProfile.convert(object("userName", "u", URN, object(attribute, value)), MAPPING);
    }

    static Stream<Arguments> wellTyped() {
        return Stream.of(
                Arguments.of("flag", Json.value(true), Json.value(true)),
                Arguments.of("level", ScimNumber.of(-1), ScimNumber.of(-1)),
                Arguments.of("score", number("12.12"), number("12.12")),
                Arguments.of("code", Json.value("x"), Json.value("x")),
                Arguments.of("hiredAt", Json.value("2016-03-01T12:22:33Z"),
                        Json.value("2016-03-01T12:22:33.000000000Z")),
                Arguments.of("hiredAt", Json.value("2016-03-01T12:22:33.123+02:00"),
                        Json.value("2016-03-01T10:22:33.123000000Z")),
                Arguments.of("levels", array(ScimNumber.of(1), ScimNumber.of(2)), array(ScimNumber.of(1),
                        ScimNumber.of(2))));
    }

    @ParameterizedTest
    @MethodSource("wellTyped")
    void storesAValueOfTheDeclaredTypeInItsCanonicalForm(String attribute, ScimValue value, ScimValue stored) {
        ScimObject appMetadata = (ScimObject) convert(attribute, value).get("app_metadata").orElseThrow();
        assertEquals(List.of(stored), List.copyOf(appMetadata.fields().values()));
    }

    static Stream<Arguments> unassigned() {
        // RFC 7643 §2.5: null and [] are unassigned; "" too where the attribute is a string.
        return Stream.of(
                Arguments.of("flag", ScimNull.INSTANCE),
                Arguments.of("hiredAt", ScimNull.INSTANCE),
                Arguments.of("levels", array()),
                Arguments.of("code", Json.value("")));
    }

    @ParameterizedTest
    @MethodSource("unassigned")
    void leavesAnUnassignedValueOut(String attribute, ScimValue value) {
        assertEquals(object("username", "u"), convert(attribute, value));
    }

    static Stream<Arguments> wronglyTyped() {
        return Stream.of(
                Arguments.of("flag", Json.value("")),
                Arguments.of("flag", Json.value("true1")),
                Arguments.of("flag", ScimNumber.of(-1)),
                Arguments.of("level", Json.value("")),
                Arguments.of("level", number("12.12")),
                Arguments.of("level", Json.value("-1")),
                Arguments.of("levels", Json.value("")),
                Arguments.of("score", Json.value("")),
                Arguments.of("score", Json.value("-12.12")),
                Arguments.of("code", ScimNumber.of(-3)),
                Arguments.of("hiredAt", Json.value("")),
                Arguments.of("hiredAt", Json.value("2016-03-01T12:22:33.123+02")),
                Arguments.of("hiredAt", Json.value("2016-03-01T12:22:33+0200")),
                Arguments.of("hiredAt", Json.value("2016-03-01T12:22Z")),
                Arguments.of("hiredAt", Json.value("2016-03-01t12:22:33z")),
                Arguments.of("hiredAt", Json.value("2016-03-01T12:22")),
                Arguments.of("hiredAt", Json.value("2016-03-01")),
                Arguments.of("hiredAt", Json.value("2016-03-0112:22:33")));
    }

    @ParameterizedTest
    @MethodSource("wronglyTyped")
    void rejectsAValueOfAnotherTypeAsInvalidValue(String attribute, ScimValue value) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> convert(attribute, value));
        assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow(), attribute + " = " + value);
    }

    private static ScimNumber number(String text) {
        return new ScimNumber(new BigDecimal(text));
    }
}
