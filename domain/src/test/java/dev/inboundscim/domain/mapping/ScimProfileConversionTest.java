package dev.inboundscim.domain.mapping;

import static dev.inboundscim.domain.mapping.Json.array;
import static dev.inboundscim.domain.mapping.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SCIM ↔ profile through a mapping (SPEC §2). */
class ScimProfileConversionTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private final AttributeMapping okta = DefaultMappings.forStrategy(Strategy.OKTA);
    private final AttributeMapping waad = DefaultMappings.forStrategy(Strategy.WAAD);

    @Test
    void mapsAnOktaUserIntoTheProfileIgnoringPasswordAndUnmappedAttributes() {
        ScimObject resource = object(
                "schemas", array("urn:ietf:params:scim:schemas:core:2.0:User"),
                "userName", "jane@example.com",
                "externalId", "00u1",
                "name", object("givenName", "Jane", "familyName", "Doe"),
                "emails", array(object("primary", true, "value", "jane@example.com", "type", "work")),
                "password", "secret",
                "x509Certificates", array(object("value", "MII")),
                "active", true,
                ENTERPRISE, object("department", "R&D", "manager", object("value", "m1")));
        ScimObject profile = ScimToProfile.convert(resource, okta);
        assertEquals(object(
                "preferred_username", "jane@example.com",
                "email", "jane@example.com",
                "app_metadata", object("external_id", "00u1", "department", "R&D", "manager", object("value", "m1")),
                "blocked", false,
                "given_name", "Jane",
                "family_name", "Doe"), profile);
    }

    @Test
    void composesElementsOfOneMultiValuedAttributeIntoOneArray() {
        ScimObject resource = object(
                "userName", "u", "externalId", "e",
                "phoneNumbers", array(object("type", "work", "value", "111"), object("type", "mobile", "value", "222"),
                        object("type", "fax", "value", "333")),
                "addresses", array(object("type", "work", "locality", "Paris", "country", "FR")),
                "emails", array(object("type", "work", "value", "w@x.com"), object("type", "home", "value", "h@x")));
        ScimObject profile = ScimToProfile.convert(resource, waad);
        ScimObject scim = ProfileToScim.convert(profile, waad);
        assertEquals(array(object("type", "work", "value", "w@x.com")), scim.get("emails").orElseThrow());
        assertEquals(array(object("type", "mobile", "value", "222"), object("type", "work", "value", "111"),
                object("type", "fax", "value", "333")), scim.get("phoneNumbers").orElseThrow());
        assertEquals(array(object("type", "work", "locality", "Paris", "country", "FR")),
                scim.get("addresses").orElseThrow());
    }

    @Test
    void primarySelectorWritesPrimaryTrueAndReadsALonePrimaryElement() {
        ScimObject profile = ScimToProfile.convert(object("userName", "u", "externalId", "e",
                "emails", array(object("value", "only@x.com"))), okta);
        assertEquals("only@x.com", ((dev.inboundscim.domain.scim.value.ScimString) profile.get("email")
                .orElseThrow()).value());
        ScimObject scim = ProfileToScim.convert(profile, okta);
        assertEquals(array(object("primary", true, "value", "only@x.com")), scim.get("emails").orElseThrow());
    }

    @Test
    void invertsActiveIntoBlockedBothWaysAndAcceptsEntraStrings() {
        assertEquals(object("blocked", true, "preferred_username", "u", "app_metadata", object("external_id", "e"))
                        .get("blocked"),
                ScimToProfile.convert(object("userName", "u", "externalId", "e", "active", "False"), okta)
                        .get("blocked"));
        assertEquals(Json.value(false), ProfileToScim.convert(object("blocked", true), okta).get("active")
                .orElseThrow());
        assertEquals(Json.value(true), ProfileToScim.convert(object(), okta).get("active").orElseThrow(),
                "a profile never blocked is active");
    }

    @Test
    void writesEnterpriseAttributesUnderTheirSchemaUrn() {
        ScimObject scim = ProfileToScim.convert(object("app_metadata", object("employee_id", "42")), okta);
        assertEquals(object("employeeNumber", "42"), scim.get(ENTERPRISE).orElseThrow());
    }

    @Test
    void readsAttributeNamesCaseInsensitively() {
        ScimObject profile = ScimToProfile.convert(object("USERNAME", "u", "ExternalID", "e",
                "Name", object("GivenName", "G")), okta);
        assertEquals(Json.value("G"), profile.get("given_name").orElseThrow());
        assertEquals(Json.value("u"), profile.get("preferred_username").orElseThrow());
    }

    @Test
    void rejectsWrongTypesWithInvalidValue() {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> ScimToProfile.convert(object("userName", array("x"), "externalId", "e"), okta));
        assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
        assertThrows(BadRequestException.class,
                () -> ScimToProfile.convert(object("userName", "u", "active", "maybe"), okta));
    }

    @Test
    void replaceClearsMappedValuesButKeepsUnmappedProfileData() {
        ScimObject existing = object("given_name", "Old", "nickname", "nick", "app_metadata",
                object("external_id", "e", "plan", "gold"), "favourite_color", "blue");
        ScimObject replaced = ScimToProfile.replaceMapped(existing,
                object("userName", "u", "externalId", "e", "name", object("givenName", "New")), okta);
        assertEquals(object("app_metadata", object("plan", "gold", "external_id", "e"), "favourite_color", "blue",
                "preferred_username", "u", "given_name", "New"), replaced);
    }

    @Test
    void replaceWithoutActiveNeverReactivates() {
        ScimObject blocked = object("blocked", true, "preferred_username", "u");
        assertEquals(Json.value(true), ScimToProfile.replaceMapped(blocked, object("userName", "u", "externalId",
                "e"), okta).get("blocked").orElseThrow());
        assertEquals(Json.value(false), ScimToProfile.replaceMapped(blocked, object("userName", "u", "externalId",
                "e", "active", true), okta).get("blocked").orElseThrow());
    }

    @Test
    void extractsCanonicalKeysAndRequiresTheUserIdAttribute() {
        ScimObject profile = ScimToProfile.convert(object("userName", "ＪＡＮＥ@Example.com", "externalId", "E1"), okta);
        assertEquals(new UserKeyExtractor.KeyValues("ＪＡＮＥ@Example.com", "E1"), UserKeyExtractor.keys(profile, okta));
        ScimObject withoutKey = ScimToProfile.convert(object("userName", "u"), okta);
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> UserKeyExtractor.keys(withoutKey, okta));
        assertEquals(true, error.detail().contains("externalId"));
    }

    @Test
    void decodesEntraRolesSentAsJsonInsideStrings() {
        AttributeMapping mapping = AttributeMapping.of("userName", List.of(
                new RawMappingPair("userName", "username"), new RawMappingPair("roles", "app_metadata.roles")));
        ScimObject resource = object("userName", "u", "roles", array(
                object("primary", "True", "value", "{\"id\":\"r1\",\"value\":\"Admin\",\"displayName\":\"Admin\"}"),
                "{\"id\":\"r2\",\"value\":\"Reader\"}",
                object("value", "plain")));
        ScimObject profile = ScimToProfile.convert(resource, mapping);
        assertEquals(object("roles", array(
                object("primary", "True", "id", "r1", "value", "Admin", "displayName", "Admin"),
                object("id", "r2", "value", "Reader"),
                object("value", "plain"))), profile.get("app_metadata").orElseThrow());
    }

    @Test
    void expandsAWholeRoleListSerialisedIntoOneString() {
        AttributeMapping mapping = AttributeMapping.of("userName", List.of(
                new RawMappingPair("userName", "username"), new RawMappingPair("roles", "app_metadata.roles")));
        ScimObject resource = object("userName", "u", "roles",
                "[{\"id\":\"r1\",\"value\":\"Admin\"},{\"id\":\"r2\",\"value\":\"Reader\"}]");
        ScimObject profile = ScimToProfile.convert(resource, mapping);
        assertEquals(object("roles", array(object("id", "r1", "value", "Admin"), object("id", "r2", "value",
                "Reader"))), profile.get("app_metadata").orElseThrow());
        ScimObject notRoles = ScimToProfile.convert(object("userName", "u", "roles", array("[1, 2]", "[]")), mapping);
        assertEquals(object("roles", array("[1, 2]", "[]")), notRoles.get("app_metadata").orElseThrow(),
                "strings that are not lists of role objects stay strings");
    }

    @Test
    void mapsWholeMultiValuedAndCustomMetadataPaths() {
        AttributeMapping mapping = AttributeMapping.of("userName", List.of(
                new RawMappingPair("userName", "username"),
                new RawMappingPair("roles", "app_metadata.roles"),
                new RawMappingPair("title", "user_metadata.job.title")));
        ScimObject resource = object("userName", "u", "roles", array(object("value", "admin")), "title", "CEO");
        ScimObject profile = ScimToProfile.convert(resource, mapping);
        assertEquals(object("username", "u", "app_metadata", object("roles", array(object("value", "admin"))),
                "user_metadata", object("job", object("title", "CEO"))), profile);
        assertEquals(object("userName", "u", "roles", array(object("value", "admin")), "title", "CEO"),
                ProfileToScim.convert(profile, mapping));
    }
}
