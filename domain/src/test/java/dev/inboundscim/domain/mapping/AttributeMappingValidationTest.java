package dev.inboundscim.domain.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mapping rule of SPEC §2, each with an input that breaks it. */
class AttributeMappingValidationTest {

    private static final RawMappingPair USER_NAME = new RawMappingPair("userName", "username");
    private static final RawMappingPair EXTERNAL_ID = new RawMappingPair("externalId", "app_metadata.external_id");

    static Stream<Arguments> invalidPairs() {
        return Stream.of(
                Arguments.of("unknown SCIM attribute", new RawMappingPair("shoeSize", "app_metadata.shoe"),
                        "shoeSize"),
                Arguments.of("unknown sub-attribute", new RawMappingPair("name.nickname", "nickname"), "name.nickname"),
                Arguments.of("unknown extension attribute", new RawMappingPair(
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.shoeSize", "app_metadata.x"),
                        "shoeSize"),
                Arguments.of("id", new RawMappingPair("id", "app_metadata.id"), "\"id\""),
                Arguments.of("meta", new RawMappingPair("meta", "app_metadata.meta"), "\"meta\""),
                Arguments.of("meta.created", new RawMappingPair("meta.created", "app_metadata.c"), "meta.created"),
                Arguments.of("password", new RawMappingPair("password", "app_metadata.pw"), "password"),
                Arguments.of("groups", new RawMappingPair("groups", "app_metadata.groups"), "groups"),
                Arguments.of("active to something else", new RawMappingPair("active", "app_metadata.active"),
                        "active"),
                Arguments.of("blocked from something else", new RawMappingPair("title", "blocked"), "blocked"),
                Arguments.of("reserved root user_id", new RawMappingPair("title", "user_id"), "user_id"),
                Arguments.of("reserved root identities", new RawMappingPair("title", "identities"), "identities"),
                Arguments.of("reserved root created_at", new RawMappingPair("title", "created_at"), "created_at"),
                Arguments.of("reserved root connection_id", new RawMappingPair("title", "connection_id"),
                        "connection_id"),
                Arguments.of("whole app_metadata", new RawMappingPair("title", "app_metadata"), "app_metadata"),
                Arguments.of("upper-case root", new RawMappingPair("title", "Title"), "Title"),
                Arguments.of("nested root", new RawMappingPair("title", "profile.title"), "profile.title"),
                Arguments.of("filter on a single-valued attribute", new RawMappingPair("name[givenName eq \"x\"].familyName",
                        "family_name"), "name["),
                Arguments.of("filter with another operator", new RawMappingPair("emails[type co \"w\"].value",
                        "email"), "emails["),
                Arguments.of("sub-attribute of a multi-valued attribute without filter",
                        new RawMappingPair("emails.value", "email"), "emails.value"),
                Arguments.of("missing scim", new RawMappingPair(null, "email"), "null"),
                Arguments.of("missing auth0", new RawMappingPair("title", null), "title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPairs")
    void rejectsInvalidPairNamingIt(String rule, RawMappingPair pair, String named) {
        List<RawMappingPair> pairs = new ArrayList<>(List.of(USER_NAME, EXTERNAL_ID));
        pairs.add(pair);
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> AttributeMapping.of("externalId", pairs));
        assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
        assertTrue(error.detail().contains(named), error.detail());
    }

    @Test
    void rejectsTheSameScimPathTwice() {
        BadRequestException error = assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId",
                List.of(USER_NAME, EXTERNAL_ID, new RawMappingPair("UserName", "nickname"))));
        assertTrue(error.detail().contains("already mapped"), error.detail());
    }

    @Test
    void rejectsTheSameProfilePathTwice() {
        BadRequestException error = assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId",
                List.of(USER_NAME, EXTERNAL_ID, new RawMappingPair("nickName", "username"))));
        assertTrue(error.detail().contains("already mapped"), error.detail());
    }

    @Test
    void rejectsNestedProfilePathsThatWouldOverwriteEachOther() {
        assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId", List.of(USER_NAME, EXTERNAL_ID,
                new RawMappingPair("title", "app_metadata.external_id.title"))));
    }

    @Test
    void rejectsAWholeAttributeBesideOneOfItsSubAttributes() {
        assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId", List.of(USER_NAME, EXTERNAL_ID,
                new RawMappingPair("name", "app_metadata.name"), new RawMappingPair("name.givenName", "given_name"))));
    }

    @Test
    void rejectsAUserIdAttributeThatIsNotMapped() {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> AttributeMapping.of("displayName", List.of(USER_NAME, EXTERNAL_ID)));
        assertTrue(error.detail().contains("user_id_attribute"), error.detail());
    }

    @Test
    void rejectsAUserIdAttributeThatCannotHoldAString() {
        for (String attribute : List.of("active", "name", "emails", "urn:ietf:params:scim:schemas:extension:"
                + "enterprise:2.0:User.manager")) {
            List<RawMappingPair> pairs = List.of(USER_NAME, new RawMappingPair(attribute, attribute.equals("active")
                    ? "blocked" : "app_metadata.x"));
            BadRequestException error = assertThrows(BadRequestException.class,
                    () -> AttributeMapping.of(attribute, pairs), attribute);
            assertTrue(error.detail().contains("string"), error.detail());
        }
    }

    @Test
    void selectorsThatDifferOnlyInCaseAreTheSamePath() {
        assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId", List.of(USER_NAME,
                EXTERNAL_ID, new RawMappingPair("emails[type eq \"work\"].value", "email"),
                new RawMappingPair("emails[type eq \"Work\"].value", "app_metadata.email2"))));
    }

    @Test
    void rejectsAnEmptyMapping() {
        assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId", List.of()));
    }

    @Test
    void acceptsBothEnterpriseUrnSpellingsAsTheSamePath() {
        AttributeMapping dotted = AttributeMapping.of("externalId", List.of(USER_NAME, EXTERNAL_ID, new RawMappingPair(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber", "app_metadata.e")));
        AttributeMapping colon = AttributeMapping.of("externalId", List.of(USER_NAME, EXTERNAL_ID, new RawMappingPair(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "app_metadata.e")));
        assertEquals(dotted, colon);
        assertThrows(BadRequestException.class, () -> AttributeMapping.of("externalId", List.of(USER_NAME,
                EXTERNAL_ID,
                new RawMappingPair("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber", "a"),
                new RawMappingPair("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "b"))));
    }

    @Test
    void acceptsWholeMultiValuedAttributesAndFilteredElements() {
        AttributeMapping mapping = AttributeMapping.of("emails[type eq \"work\"].value", List.of(
                new RawMappingPair("roles", "app_metadata.roles"),
                new RawMappingPair("emails[type eq \"work\"].value", "email"),
                new RawMappingPair("emails[type eq \"home\"].value", "app_metadata.home_email"),
                new RawMappingPair("phoneNumbers[primary eq true].value", "phone_number")));
        assertEquals(4, mapping.pairs().size());
        assertEquals("emails[type eq \"work\"].value", mapping.userIdAttribute().toString());
    }
}
