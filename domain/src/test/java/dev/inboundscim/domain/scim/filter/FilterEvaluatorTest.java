package dev.inboundscim.domain.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.AttributeType;
import dev.inboundscim.domain.scim.schema.Mutability;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference semantics of RFC 7644 §3.4.2.2 on one user: filter → match or not. */
class FilterEvaluatorTest {

    private static final ScimObject USER = ScimObject.builder()
            .put("id", "okta|acme|00u1")
            .put("userName", "Bjensen@Example.com")
            .put("externalId", "AbC")
            .put("name", ScimObject.builder().put("givenName", "Barbara").put("familyName", "Jensen").build())
            .put("active", ScimBoolean.TRUE)
            .put("emails", new ScimArray(List.of(
                    ScimObject.builder().put("value", "bjensen@example.com").put("type", "work")
                            .put("primary", ScimBoolean.TRUE).build(),
                    ScimObject.builder().put("value", "babs@jensen.org").put("type", "home").build())))
            .put("title", "")
            .put(SchemaUrns.ENTERPRISE_USER, ScimObject.builder().put("employeeNumber", "701984")
                    .put("manager", ScimObject.builder().put("value", "m1").build()).build())
            .put("meta", ScimObject.builder().put("created", "2011-08-01T18:29:49.793Z")
                    .put("lastModified", "2011-08-01T20:31:02+02:00").build())
            .build();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("userName eq \"bjensen@example.com\"", true),
                Arguments.of("USERNAME EQ \"BJENSEN@EXAMPLE.COM\"", true),
                Arguments.of("userName ne \"bjensen@example.com\"", false),
                Arguments.of("externalId eq \"abc\"", false),
                Arguments.of("externalId eq \"AbC\"", true),
                Arguments.of("id eq \"okta|acme|00u1\"", true),
                Arguments.of("userName co \"JENSEN\"", true),
                Arguments.of("userName sw \"bj\"", true),
                Arguments.of("userName ew \".COM\"", true),
                Arguments.of("userName ew \"org\"", false),
                Arguments.of("userName gt \"a\"", true),
                Arguments.of("userName lt \"a\"", false),
                Arguments.of("name.givenName eq \"barbara\"", true),
                Arguments.of("name.middleName pr", false),
                Arguments.of("title pr", false),
                Arguments.of("nickName pr", false),
                Arguments.of("nickName eq null", true),
                Arguments.of("userName eq null", false),
                Arguments.of("nickName ne \"x\"", true),
                Arguments.of("active eq true", true),
                Arguments.of("active eq \"True\"", true),
                Arguments.of("active eq false", false),
                Arguments.of("emails eq \"babs@jensen.org\"", true),
                Arguments.of("emails.value co \"jensen.org\"", true),
                Arguments.of("emails.type eq \"other\"", false),
                Arguments.of("emails[type eq \"work\" and value co \"@example.com\"]", true),
                Arguments.of("emails[type eq \"home\" and value co \"@example.com\"]", false),
                Arguments.of("emails[primary eq true and type eq \"work\"]", true),
                Arguments.of("emails[not (type eq \"work\")]", true),
                Arguments.of("name[givenName sw \"B\"]", true),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"",
                        true),
                Arguments.of("employeeNumber eq \"701984\"", true),
                Arguments.of("manager.value eq \"m1\"", true),
                Arguments.of("urn:ietf:params:scim:schemas:core:2.0:User:userName pr", true),
                Arguments.of("meta.created gt \"2011-01-01T00:00:00Z\"", true),
                Arguments.of("meta.created lt \"2011-08-01T18:29:49.794Z\"", true),
                Arguments.of("meta.created eq \"2011-08-01T20:29:49.793+02:00\"", true),
                Arguments.of("meta.lastModified ge \"2011-08-01T18:31:02Z\"", true),
                Arguments.of("meta.lastModified gt \"2011-08-01T18:31:02Z\"", false),
                Arguments.of("meta.created gt \"not a date\"", false),
                Arguments.of("userName pr and (title pr or name.familyName eq \"jensen\")", true),
                Arguments.of("not (userName pr) or externalId eq \"x\"", false),
                Arguments.of("userName eq 1", false));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @MethodSource("cases")
    void evaluatesFilter(String filter, boolean expected) {
        assertEquals(expected, FilterEvaluator.matchesUser(FilterParser.parse(filter), USER));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"shoeSize eq 1", "name.shoe eq \"x\"", "active gt true", "emails[shoe eq \"x\"]",
            "name eq \"x\"", "x509Certificates.value gt \"a\""})
    void rejectsFiltersOutsideTheSchemaOrTypeRules(String filter) {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> FilterEvaluator.matchesUser(FilterParser.parse(filter), USER));
        assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"value eq 5", "value gt 4.5", "value le 5.0"})
    void comparesNumbersNumerically(String filter) {
        ScimObject element = ScimObject.builder().put("value", new ScimNumber(new BigDecimal("5")))
                .build();
        AttributeDefinition scores = new AttributeDefinition("score",
                AttributeType.COMPLEX, true, false, false,
                Mutability.READ_WRITE, "default", "none", "", List.of(),
                List.of(new AttributeDefinition("value",
                        AttributeType.DECIMAL, false, false, false,
                        Mutability.READ_WRITE, "default", "none", "",
                        List.of(), List.of())));
        assertEquals(true, FilterEvaluator.matchesElement(FilterParser.parse(filter), element, scores));
        assertEquals(false, FilterEvaluator.matchesElement(FilterParser.parse("value eq \"5\""), element,
                scores));
    }
}
