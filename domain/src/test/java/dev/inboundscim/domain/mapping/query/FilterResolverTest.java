package dev.inboundscim.domain.mapping.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AllOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyElement;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldPresent;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttribute;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttributeComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MemberOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import dev.inboundscim.domain.mapping.query.ProfileCondition.UserIdEquals;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimString;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SCIM filter → profile condition through the default Entra (waad) mapping plus roles: input → exact tree. */
class FilterResolverTest {

    private static final AttributeMapping MAPPING = withRoles(DefaultMappings.forStrategy(Strategy.WAAD));

    private static AttributeMapping withRoles(AttributeMapping base) {
        List<RawMappingPair> pairs = new java.util.ArrayList<>(base.raw());
        pairs.add(new RawMappingPair("roles", "app_metadata.roles"));
        return AttributeMapping.of("externalId", pairs);
    }

    private static ProfilePath path(String text) {
        return ProfilePath.parse(text);
    }

    private static FieldComparison eq(String profilePath, String value, boolean caseExact, IndexedKey key) {
        return new FieldComparison(path(profilePath), CompareOperator.EQ, new ScimString(value), caseExact, key);
    }

    private static ProfileCondition memberOf(ProfileCondition group) {
        return new MemberOf(group);
    }

    private static ProfileCondition group(GroupAttribute attribute, CompareOperator operator, String value) {
        return new GroupAttributeComparison(attribute, operator, value);
    }

    static Stream<Arguments> filters() {
        FieldPresent workPhone = new FieldPresent(path("app_metadata.work_phone_number"));
        return Stream.of(
                Arguments.of("userName eq \"Bob\"", eq("upn", "Bob", false, IndexedKey.USER_NAME)),
                Arguments.of("externalId eq \"E1\"", eq("app_metadata.external_id", "E1", true,
                        IndexedKey.USER_ID_ATTRIBUTE)),
                Arguments.of("USERNAME Eq \"Bob\"", eq("upn", "Bob", false, IndexedKey.USER_NAME)),
                Arguments.of("name.givenName eq \"Al\"", eq("given_name", "Al", false, IndexedKey.NONE)),
                Arguments.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"R\"",
                        eq("app_metadata.department", "R", false, IndexedKey.NONE)),
                Arguments.of("manager.value eq \"m1\"", eq("app_metadata.manager.value", "m1", true,
                        IndexedKey.NONE)),
                Arguments.of("emails.value eq \"a@b\"", eq("email", "a@b", false, IndexedKey.NONE)),
                Arguments.of("emails eq \"a@b\"", eq("email", "a@b", false, IndexedKey.NONE)),
                Arguments.of("emails[type eq \"work\" and value eq \"a@b\"]", new AllOf(List.of(
                        new FieldPresent(path("email")), eq("email", "a@b", false, IndexedKey.NONE)))),
                Arguments.of("emails[type eq \"home\"]", new MatchNone()),
                Arguments.of("phoneNumbers.type eq \"work\"", workPhone),
                Arguments.of("phoneNumbers[type eq \"work\"]", workPhone),
                Arguments.of("phoneNumbers.value eq \"1\"", new AnyOf(List.of(
                        eq("app_metadata.mobile_phone_number", "1", false, IndexedKey.NONE),
                        eq("app_metadata.work_phone_number", "1", false, IndexedKey.NONE),
                        eq("app_metadata.fax_number", "1", false, IndexedKey.NONE)))),
                Arguments.of("active eq true", new Negation(new FieldComparison(path("blocked"), CompareOperator.EQ,
                        ScimBoolean.TRUE, true, IndexedKey.NONE))),
                Arguments.of("active eq \"False\"", new FieldComparison(path("blocked"), CompareOperator.EQ,
                        ScimBoolean.TRUE, true, IndexedKey.NONE)),
                Arguments.of("active pr", new MatchAll()),
                Arguments.of("id eq \"waad|c|1\"", new UserIdEquals("waad|c|1")),
                Arguments.of("title pr and not (userType pr)", new AllOf(List.of(
                        new FieldPresent(path("app_metadata.title")),
                        new Negation(new FieldPresent(path("app_metadata.user_type")))))),
                Arguments.of("name.middleName eq \"x\"", new MatchNone()),
                Arguments.of("nickName eq \"x\" or ims.value eq \"y\"", eq("nickname", "x", false, IndexedKey.NONE)),
                Arguments.of("x509Certificates pr", new MatchNone()),
                Arguments.of("emails pr", new FieldPresent(path("email"))),
                Arguments.of("name pr", new AnyOf(List.of(new FieldPresent(path("given_name")),
                        new FieldPresent(path("family_name"))))),
                // roles is kept as a whole array: conditions on its elements (RFC 7644: any value matches).
                Arguments.of("roles pr", new AnyElement(path("app_metadata.roles"), new FieldPresent(path("value")))),
                Arguments.of("roles.value eq \"Admin\"", new AnyElement(path("app_metadata.roles"),
                        new FieldComparison(new ProfilePath(List.of("value")), CompareOperator.EQ,
                                new ScimString("Admin"), false, IndexedKey.NONE))),
                Arguments.of("roles co \"adm\"", new AnyElement(path("app_metadata.roles"),
                        new FieldComparison(new ProfilePath(List.of("value")), CompareOperator.CO,
                                new ScimString("adm"), false, IndexedKey.NONE))),
                Arguments.of("roles[primary eq true and not (type pr)]", new AnyElement(path("app_metadata.roles"),
                        new AllOf(List.of(new FieldComparison(new ProfilePath(List.of("primary")),
                                        CompareOperator.EQ, ScimBoolean.TRUE, false, IndexedKey.NONE),
                                new Negation(new FieldPresent(new ProfilePath(List.of("type")))))))),
                Arguments.of("roles ne \"x\"", new Negation(new AnyElement(path("app_metadata.roles"),
                        new FieldComparison(new ProfilePath(List.of("value")), CompareOperator.EQ,
                                new ScimString("x"), false, IndexedKey.NONE)))),
                Arguments.of("meta.created gt \"2026-01-01T00:00:00Z\"", new ProfileCondition.TimestampComparison(
                        ProfileCondition.Timestamp.CREATED, CompareOperator.GT, java.time.Instant.parse(
                                "2026-01-01T00:00:00Z"))),
                Arguments.of("meta.lastModified ge \"2015-10-10T14:38:21.8617979-07:00\"",
                        new ProfileCondition.TimestampComparison(ProfileCondition.Timestamp.LAST_MODIFIED,
                                CompareOperator.GT, java.time.Instant.parse("2015-10-10T21:38:21.861Z"))),
                Arguments.of("meta.created le \"2015-10-10T21:38:21.8617Z\"", new ProfileCondition.TimestampComparison(
                        ProfileCondition.Timestamp.CREATED, CompareOperator.LE,
                        java.time.Instant.parse("2015-10-10T21:38:21.861Z"))),
                Arguments.of("meta.created eq \"2015-10-10T21:38:21.8617Z\"", new MatchNone()),
                Arguments.of("meta.created ne \"2015-10-10T21:38:21Z\"", new Negation(
                        new ProfileCondition.TimestampComparison(ProfileCondition.Timestamp.CREATED,
                                CompareOperator.EQ, java.time.Instant.parse("2015-10-10T21:38:21Z")))),
                Arguments.of("meta.resourceType eq \"user\"", new MatchAll()),
                Arguments.of("meta pr", new MatchAll()),
                Arguments.of("groups.value eq \"g1\"", memberOf(group(GroupAttribute.ID, CompareOperator.EQ, "g1"))),
                Arguments.of("groups eq \"g1\"", memberOf(group(GroupAttribute.ID, CompareOperator.EQ, "g1"))),
                Arguments.of("groups.display co \"ＡＤＭ\"",
                        memberOf(group(GroupAttribute.DISPLAY_NAME, CompareOperator.CO, "adm"))),
                Arguments.of("groups.value ne \"g1\"",
                        new Negation(memberOf(group(GroupAttribute.ID, CompareOperator.EQ, "g1")))),
                Arguments.of("groups pr", memberOf(new MatchAll())),
                Arguments.of("groups.display pr", memberOf(new MatchAll())),
                Arguments.of("not (groups pr)", new Negation(memberOf(new MatchAll()))),
                Arguments.of("groups.type eq \"Direct\"", memberOf(new MatchAll())),
                Arguments.of("groups.type eq \"indirect\"", new MatchNone()),
                Arguments.of("groups.value eq 5", new MatchNone()),
                // One group must satisfy the whole value filter; two comparisons outside one may be two groups.
                Arguments.of("groups[display sw \"Eng\" and not (value eq \"g1\")]", memberOf(new AllOf(List.of(
                        group(GroupAttribute.DISPLAY_NAME, CompareOperator.SW, "eng"),
                        new Negation(group(GroupAttribute.ID, CompareOperator.EQ, "g1")))))),
                Arguments.of("groups.display sw \"Eng\" and groups.value eq \"g1\"", new AllOf(List.of(
                        memberOf(group(GroupAttribute.DISPLAY_NAME, CompareOperator.SW, "eng")),
                        memberOf(group(GroupAttribute.ID, CompareOperator.EQ, "g1"))))),
                Arguments.of("title co \"boss\"", new FieldComparison(path("app_metadata.title"), CompareOperator.CO,
                        new ScimString("boss"), false, IndexedKey.NONE)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("filters")
    void resolvesFilterThroughTheMapping(String filter, ProfileCondition expected) {
        assertEquals(expected, new FilterResolver(MAPPING).resolve(FilterParser.parse(filter)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"shoeSize eq \"42\"", "name.shoe eq \"x\"", "emails[shoe eq \"x\"]",
            "urn:example:other:2.0:Thing:size eq \"1\"", "roles.shoe eq \"admin\"", "meta.created gt \"2020\"",
            "roles[value[type eq \"x\"]]",
            "meta.location eq \"x\"", "meta.created gt 5",
            "name eq \"x\"", "title[value eq \"x\"]",
            // $ref is built from the request's URL, which no store keeps; groups has no other sub-attributes.
            "groups.$ref eq \"https://x/Groups/g1\"", "groups[$ref pr]", "groups.shoe eq \"x\"",
            "groups[value[type eq \"x\"]]", "groups[value.x eq \"1\"]"})
    void rejectsFiltersItCannotResolveAsInvalidFilter(String filter) {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> new FilterResolver(MAPPING).resolve(FilterParser.parse(filter)));
        assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
    }
}
