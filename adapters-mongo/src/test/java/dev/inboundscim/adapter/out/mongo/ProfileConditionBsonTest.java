package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AllOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyElement;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldPresent;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Negation;
import dev.inboundscim.domain.mapping.query.ProfileCondition.UserIdEquals;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Condition → exact MongoDB query: every value under an explicit operator, every path escaped. */
class ProfileConditionBsonTest {

    private static FieldComparison compare(String path, CompareOperator operator, ScimValue value, boolean exact,
                                           IndexedKey key) {
        return new FieldComparison(ProfilePath.parse(path), operator, value, exact, key);
    }

    private static FieldComparison compare(String path, CompareOperator operator, String value) {
        return compare(path, operator, ScimValue.of(value), false, IndexedKey.NONE);
    }

    static Stream<Arguments> translations() {
        return Stream.of(
                Arguments.of(new MatchAll(), "{}"),
                Arguments.of(new MatchNone(), "{\"_id\": {\"$exists\": false}}"),
                // Inside an array kept whole: $elemMatch on the wrapped canonical copy, paths relative to the element.
                Arguments.of(new AnyElement(ProfilePath.parse("app_metadata.emails"), new AllOf(List.of(
                                new FieldComparison(new ProfilePath(List.of("type")), CompareOperator.EQ,
                                        ScimValue.of("Work"), false, IndexedKey.NONE),
                                new FieldComparison(new ProfilePath(List.of("value")), CompareOperator.SW,
                                        ScimValue.of("A.B"), false, IndexedKey.NONE)))),
                        "{\"profileCi.app_metadata.emails.%array\": {\"$elemMatch\": {\"$and\": ["
                                + "{\"type\": {\"$eq\": \"work\"}}, "
                                + "{\"value\": {\"$type\": \"string\", \"$regex\": \"^a\\\\.b\"}}]}}}"),
                Arguments.of(compare("preferred_username", CompareOperator.EQ, ScimValue.of("ÄLICE"), false,
                        IndexedKey.USER_NAME), "{\"userNameKey\": {\"$eq\": \"älice\"}}"),
                Arguments.of(compare("app_metadata.external_id", CompareOperator.EQ, ScimValue.of("Ext-1"), true,
                        IndexedKey.USER_ID_ATTRIBUTE), "{\"$and\": [{\"userIdAttributeKey\": {\"$eq\": \"ext-1\"}}, "
                        + "{\"profile.app_metadata.external_id\": {\"$eq\": \"Ext-1\"}}]}"),
                Arguments.of(compare("app_metadata.title", CompareOperator.EQ, "ＣＥＯ"),
                        "{\"profileCi.app_metadata.title\": {\"$eq\": \"ceo\"}}"),
                Arguments.of(compare("nickname", CompareOperator.EQ, "{\"$ne\": \"\"}"),
                        "{\"profileCi.nickname\": {\"$eq\": \"{\\\"$ne\\\": \\\"\\\"}\"}}"),
                Arguments.of(compare("app_metadata.level", CompareOperator.EQ,
                        new ScimNumber(new BigDecimal("3.0")), true, IndexedKey.NONE),
                        "{\"profileCi.app_metadata.level\": {\"$eq\": {\"$numberDecimal\": \"3\"}}}"),
                Arguments.of(compare("blocked", CompareOperator.NE, ScimBoolean.TRUE, true, IndexedKey.NONE),
                        "{\"$nor\": [{\"profile.blocked\": {\"$eq\": true}}]}"),
                Arguments.of(compare("email", CompareOperator.SW, "A.B*"),
                        "{\"profileCi.email\": {\"$type\": \"string\", \"$regex\": \"^a\\\\.b\\\\*\"}}"),
                Arguments.of(compare("email", CompareOperator.EW, ".COM"),
                        "{\"profileCi.email\": {\"$type\": \"string\", \"$regex\": \"\\\\.com\\\\z\"}}"),
                Arguments.of(compare("email", CompareOperator.CO, ""),
                        "{\"profileCi.email\": {\"$type\": \"string\", \"$regex\": \"^\"}}"),
                Arguments.of(compare("email", CompareOperator.CO, "a\0b"), "{\"_id\": {\"$exists\": false}}"),
                Arguments.of(compare("name", CompareOperator.GE, "M"),
                        "{\"profileCi.name\": {\"$type\": \"string\", \"$gte\": \"m\"}}"),
                // Numbers order by value in the canonical copy; type bracketing keeps strings out.
                Arguments.of(compare("app_metadata.level", CompareOperator.LT, ScimNumber.of(3), false,
                        IndexedKey.NONE), "{\"profileCi.app_metadata.level\": {\"$lt\": {\"$numberDecimal\": \"3\"}}}"),
                Arguments.of(new FieldPresent(ProfilePath.parse("user_metadata.a-b")),
                        "{\"profile.user_metadata.a-b\": {\"$nin\": [null, \"\", {}, {\"%array\": []}]}}"),
                Arguments.of(new FieldPresent(new ProfilePath(List.of("app_metadata", "x.y", "$z"))),
                        "{\"profile.app_metadata.x%2Ey.%24z\": {\"$nin\": [null, \"\", {}, {\"%array\": []}]}}"),
                Arguments.of(new UserIdEquals("okta|acme|1"), "{\"_id\": {\"$eq\": \"okta|acme|1\"}}"),
                Arguments.of(new Negation(new AnyOf(List.of(new UserIdEquals("a"), new MatchNone()))),
                        "{\"$nor\": [{\"$or\": [{\"_id\": {\"$eq\": \"a\"}}, {\"_id\": {\"$exists\": false}}]}]}"));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translates(ProfileCondition condition, String expectedJson) {
        assertEquals(Document.parse(expectedJson).toJson(), ProfileConditionBson.translate(condition).toJson());
    }
}
