package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
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
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileConditionSqlTest {

    private static final String CI_CONTAINS = "profile_ci @> ?::jsonb";
    private static final String EXACT_CONTAINS = "profile @> ?::jsonb";

    /** The fragment with {@code text[]} parameters as lists, so they compare by value. */
    private static Translated translate(ProfileCondition condition) {
        ProfileConditionSql.Fragment fragment = ProfileConditionSql.translate(condition);
        List<Object> params = fragment.params().stream()
                .map(p -> p instanceof String[] array ? (Object) Arrays.asList(array) : p)
                .toList();
        return new Translated(fragment.sql(), params);
    }

    private record Translated(String sql, List<Object> params) {
    }

    private static FieldComparison compare(String path, CompareOperator operator, ScimValue value, boolean caseExact,
                                           IndexedKey key) {
        return new FieldComparison(ProfilePath.parse(path), operator, value, caseExact, key);
    }

    private static FieldComparison ci(String path, CompareOperator operator, String value) {
        return compare(path, operator, ScimValue.of(value), false, IndexedKey.NONE);
    }

    @Test
    void walksTheExactAndCanonicalArraysSideBySide() {
        List<String> emails = List.of("app_metadata", "emails");
        String elements = "jsonb_array_elements(CASE WHEN jsonb_typeof(%1$s #> ?::text[]) = 'array' THEN %1$s "
                + "#> ?::text[] ELSE '[]'::jsonb END)";
        assertEquals(new Translated("EXISTS (SELECT 1 FROM " + elements.formatted("profile")
                + " WITH ORDINALITY AS e(v, i) JOIN " + elements.formatted("profile_ci")
                + " WITH ORDINALITY AS c(v, i) ON c.i = e.i WHERE jsonb_typeof(e.v) = 'object' AND ("
                + "c.v @> ?::jsonb))", List.of(emails, emails, emails, emails, "{\"type\":\"work\"}")),
                translate(new AnyElement(ProfilePath.parse("app_metadata.emails"), new FieldComparison(
                        new ProfilePath(List.of("type")), CompareOperator.EQ, ScimValue.of("WORK"), false,
                        IndexedKey.NONE))));
    }

    @Test
    void constantsNeedNoParameters() {
        assertEquals(new Translated("TRUE", List.of()), translate(new MatchAll()));
        assertEquals(new Translated("FALSE", List.of()), translate(new MatchNone()));
        assertEquals(new Translated("TRUE", List.of()), translate(new AllOf(List.of())));
        assertEquals(new Translated("FALSE", List.of()), translate(new AnyOf(List.of())));
    }

    @Test
    void stringsWithNulMatchNothingInsteadOfFailingTheQuery() {
        assertEquals(new Translated("FALSE", List.of()), translate(new UserIdEquals("a\0b")));
        assertEquals(new Translated("FALSE", List.of()), translate(ci("email", CompareOperator.EQ, "a\0b")));
        assertEquals(new Translated("FALSE", List.of()), translate(ci("email", CompareOperator.CO, "\0")));
        assertEquals(new Translated("NOT (FALSE)", List.of()), translate(ci("email", CompareOperator.NE, "\0")));
    }

    @Test
    void userIdIsBound() {
        assertEquals(new Translated("user_id = ?", List.of("okta|acme|1")),
                translate(new UserIdEquals("okta|acme|1")));
    }

    @Test
    void combinatorsParenthesiseEveryOperand() {
        ProfileCondition tree = new AnyOf(List.of(new AllOf(List.of(new UserIdEquals("a"), new UserIdEquals("b"))),
                new Negation(new UserIdEquals("c"))));

        assertEquals(new Translated("((user_id = ?) AND (user_id = ?)) OR (NOT (user_id = ?))",
                List.of("a", "b", "c")), translate(tree));
    }

    @Test
    void caseInsensitiveEqualityIsContainmentOfTheCanonicalValue() {
        assertEquals(new Translated(CI_CONTAINS, List.of("{\"email\":\"alice@example.com\"}")),
                translate(ci("email", CompareOperator.EQ, "Alice@EXAMPLE.com")));
        assertEquals(new Translated(CI_CONTAINS, List.of("{\"app_metadata\":{\"title\":\"ceo\"}}")),
                translate(ci("app_metadata.title", CompareOperator.EQ, "CEO")));
    }

    @Test
    void canonicalFormIsNfkcThenLowerCase() {
        assertEquals(List.of("{\"name\":\"alice\"}"), translate(ci("name", CompareOperator.EQ, "ＡＬＩＣＥ")).params());
    }

    @Test
    void caseExactEqualityFindsRowsThroughTheCanonicalIndexThenChecksTheRawProfile() {
        assertEquals(new Translated("(" + CI_CONTAINS + " AND " + EXACT_CONTAINS + ")",
                        List.of("{\"app_metadata\":{\"title\":\"ceo\"}}", "{\"app_metadata\":{\"title\":\"CEO\"}}")),
                translate(compare("app_metadata.title", CompareOperator.EQ, ScimValue.of("CEO"), true,
                        IndexedKey.NONE)));
    }

    @Test
    void valuesWithoutStringsAreTheSameInTheCanonicalCopy() {
        assertEquals(new Translated(CI_CONTAINS, List.of("{\"blocked\":true}")),
                translate(compare("blocked", CompareOperator.EQ, ScimBoolean.TRUE, false, IndexedKey.NONE)));
        assertEquals(new Translated(CI_CONTAINS, List.of("{\"app_metadata\":{\"level\":3}}")),
                translate(compare("app_metadata.level", CompareOperator.EQ, ScimNumber.of(3), true,
                        IndexedKey.NONE)));
    }

    @Test
    void userNameKeyUsesTheCanonicalColumn() {
        assertEquals(new Translated("(user_name_key IS NOT NULL AND user_name_key = ?)", List.of("alice")),
                translate(compare("preferred_username", CompareOperator.EQ, ScimValue.of("ALICE"), false,
                        IndexedKey.USER_NAME)));
    }

    @Test
    void userIdAttributeKeyUsesTheCanonicalColumnAndChecksExactValuesToo() {
        assertEquals(new Translated("((user_id_attribute_key IS NOT NULL AND user_id_attribute_key = ?))", List.of("ext-1")),
                translate(compare("app_metadata.external_id", CompareOperator.EQ, ScimValue.of("EXT-1"), false,
                        IndexedKey.USER_ID_ATTRIBUTE)));
        assertEquals(new Translated("((user_id_attribute_key IS NOT NULL AND user_id_attribute_key = ?) AND " + EXACT_CONTAINS + ")",
                        List.of("ext-1", "{\"app_metadata\":{\"external_id\":\"EXT-1\"}}")),
                translate(compare("app_metadata.external_id", CompareOperator.EQ, ScimValue.of("EXT-1"), true,
                        IndexedKey.USER_ID_ATTRIBUTE)));
    }

    @Test
    void notEqualNegatesEquality() {
        assertEquals(new Translated("NOT (" + CI_CONTAINS + ")", List.of("{\"title\":\"ceo\"}")),
                translate(ci("title", CompareOperator.NE, "CEO")));
    }

    @Test
    void presenceBindsThePathAsATextArray() {
        Translated translated = translate(new FieldPresent(ProfilePath.parse("app_metadata.title")));

        assertEquals("COALESCE((profile #> ?::text[]) NOT IN ('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb, "
                + "'{}'::jsonb), FALSE)", translated.sql());
        assertEquals(List.of(List.of("app_metadata", "title")), translated.params());
    }

    @Test
    void substringOperatorsBindAnEscapedCanonicalPattern() {
        String likeOnCi = "COALESCE(jsonb_typeof(profile_ci #> ?::text[]) = 'string' AND (profile_ci #>> ?::text[]) "
                + "LIKE ? ESCAPE '\\', FALSE)";
        List<String> path = List.of("app_metadata", "title");

        assertEquals(new Translated(likeOnCi, List.of(path, path, "%50\\%\\_off%")),
                translate(ci("app_metadata.title", CompareOperator.CO, "50%_OFF")));
        assertEquals(new Translated(likeOnCi, List.of(path, path, "a\\\\b%")),
                translate(ci("app_metadata.title", CompareOperator.SW, "A\\B")));
        assertEquals(new Translated(likeOnCi, List.of(path, path, "%.com")),
                translate(ci("app_metadata.title", CompareOperator.EW, ".COM")));
    }

    @Test
    void caseExactSubstringSearchUsesTheRawProfile() {
        Translated translated = translate(compare("email", CompareOperator.SW, ScimValue.of("Al"), true,
                IndexedKey.NONE));

        assertEquals("COALESCE(jsonb_typeof(profile #> ?::text[]) = 'string' AND (profile #>> ?::text[]) "
                + "LIKE ? ESCAPE '\\', FALSE)", translated.sql());
        assertEquals(List.of(List.of("email"), List.of("email"), "Al%"), translated.params());
    }

    @Test
    void substringOfANonStringMatchesNothing() {
        assertEquals(new Translated("FALSE", List.of()),
                translate(compare("app_metadata.level", CompareOperator.CO, ScimNumber.of(3), false,
                        IndexedKey.NONE)));
    }

    @Test
    void orderingComparesCanonicalTextInCodePointOrder() {
        String expected = "COALESCE(jsonb_typeof(profile_ci #> ?::text[]) = 'string' AND (profile_ci #>> ?::text[]) "
                + "COLLATE \"C\" >= ?, FALSE)";
        Translated translated = translate(ci("title", CompareOperator.GE, "ＣＥＯ"));
        assertEquals(expected, translated.sql());
        assertEquals("ceo", translated.params().get(2));
    }

    /** Numbers order by value (RFC 7644 §3.4.2.2), and the cast never reaches a value of another type. */
    @Test
    void orderingComparesNumbersByValue() {
        Translated translated = translate(compare("app_metadata.level", CompareOperator.GT, ScimNumber.of(3), false,
                IndexedKey.NONE));
        assertEquals("COALESCE(CASE WHEN jsonb_typeof(profile #> ?::text[]) = 'number' THEN (profile #> ?::text[])"
                + "::numeric > ? END, FALSE)", translated.sql());
        assertEquals(0, ScimNumber.of(3).value().compareTo((java.math.BigDecimal) translated.params().get(2)));
    }

    @Test
    void valuesAndPathsNeverReachTheSqlText() {
        String hostile = "x' OR '1'='1'; DROP TABLE users; --";
        ProfilePath hostilePath = new ProfilePath(List.of("app_metadata", "a'); DROP TABLE users; --"));
        ProfileCondition tree = new AllOf(List.of(
                ci("title", CompareOperator.EQ, hostile),
                ci("title", CompareOperator.CO, hostile),
                new FieldComparison(hostilePath, CompareOperator.EQ, ScimValue.of(hostile), true, IndexedKey.NONE),
                new FieldPresent(hostilePath),
                new UserIdEquals(hostile)));

        Translated translated = translate(tree);

        assertFalse(translated.sql().contains("DROP"), translated.sql());
        assertFalse(translated.sql().contains("1'='1"), translated.sql());
        assertTrue(translated.params().contains(List.of("app_metadata", "a'); DROP TABLE users; --")));
        assertEquals(hostile, translated.params().getLast());
    }
}
