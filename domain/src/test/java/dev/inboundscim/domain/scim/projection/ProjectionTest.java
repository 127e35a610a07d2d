package dev.inboundscim.domain.scim.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.schema.UserSchemas;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 7644 §3.4.2.5 on a User: parameters → exact projected document. */
class ProjectionTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u1","userName":"bob",
             "name":{"givenName":"Bob","familyName":"B"},"emails":[{"value":"b@x","type":"work"},{"value":"h@x"}],
             "%s":{"department":"D","costCenter":"C"},"meta":{"resourceType":"User","version":"W/\\"1\\""}}"""
            .formatted(ENTERPRISE);

    private static ScimObject json(String text) {
        return (ScimObject) JsonText.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    static Stream<Arguments> projections() {
        String schemas = "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"u1\"";
        return Stream.of(
                Arguments.of("userName", null, "{" + schemas + ",\"userName\":\"bob\"}"),
                Arguments.of("USERNAME, name.givenName", null,
                        "{" + schemas + ",\"userName\":\"bob\",\"name\":{\"givenName\":\"Bob\"}}"),
                Arguments.of("emails.value", null,
                        "{" + schemas + ",\"emails\":[{\"value\":\"b@x\"},{\"value\":\"h@x\"}]}"),
                Arguments.of(ENTERPRISE + ":department", null,
                        "{" + schemas + ",\"" + ENTERPRISE + "\":{\"department\":\"D\"}}"),
                Arguments.of("department", null, "{" + schemas + ",\"" + ENTERPRISE + "\":{\"department\":\"D\"}}"),
                Arguments.of("id,unknownThing", null, "{" + schemas + "}"),
                Arguments.of("emails[type eq \"work\"]", null, "{" + schemas + ",\"emails\":[{\"value\":\"b@x\","
                        + "\"type\":\"work\"},{\"value\":\"h@x\"}]}"),
                Arguments.of(null, "emails,meta,name.familyName", "{" + schemas + ",\"userName\":\"bob\","
                        + "\"name\":{\"givenName\":\"Bob\"},\"" + ENTERPRISE + "\":{\"department\":\"D\","
                        + "\"costCenter\":\"C\"}}"),
                Arguments.of(null, "id,schemas", USER),
                Arguments.of(null, ENTERPRISE + ".costCenter,department,userName,name,emails,meta",
                        "{" + schemas + "}"));
    }

    @ParameterizedTest(name = "[{index}] attributes={0} excludedAttributes={1}")
    @MethodSource("projections")
    void projectsTheResource(String attributes, String excluded, String expected) {
        Projection projection = Projection.of(attributes, excluded, UserSchemas.SET);
        assertEquals(json(expected), projection.apply(json(USER), UserSchemas.SET));
    }

    @Test
    void withoutParametersReturnsEverything() {
        assertEquals(json(USER), Projection.of(null, " ", UserSchemas.SET).apply(json(USER), UserSchemas.SET));
    }

    @Test
    void refusesBothParametersAtOnce() {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> Projection.of("userName", "emails", UserSchemas.SET));
        assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
        assertThrows(BadRequestException.class, () -> Projection.of("emails[type eq", null, UserSchemas.SET));
    }
}
