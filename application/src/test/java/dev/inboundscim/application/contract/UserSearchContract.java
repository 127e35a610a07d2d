package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.mapping.ProfilePath;
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
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserKeys;
import dev.inboundscim.domain.user.UserQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How every {@link UserRepository} searches: {@link ProfileCondition} semantics, paging in creation order, and the
 * connection boundary. Each test gets a fresh connection with three users, plus a look-alike in another connection.
 */
public abstract class UserSearchContract extends ContractSupport {

    private Connection connection;
    private Connection other;
    private User alice;
    private User bob;
    private User carol;
    private User otherAlice;
    private String marker;

    @BeforeEach
    void threeUsersAndALookAlikeElsewhere() {
        connection = newConnection();
        other = newConnection();
        marker = unique("Marker-");
        alice = insert(connection, "Alice", "ext-alice", ScimObject.builder()
                .put("preferred_username", "Alice").put("email", "Alice@Example.com").put("name", "Alice Anders")
                .put("nickname", "Al").put("blocked", ScimBoolean.FALSE)
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-alice").put("title", "CEO")
                        .put("level", ScimNumber.of(3)).build())
                .put("user_metadata", ScimObject.builder().put("marker", marker).build())
                .build());
        bob = insert(connection, "bob", "EXT-Bob", ScimObject.builder()
                .put("preferred_username", "bob").put("email", "bob@example.org").put("name", "Bob_Builder")
                .put("nickname", "").put("blocked", ScimBoolean.TRUE)
                .put("app_metadata", ScimObject.builder().put("external_id", "EXT-Bob").put("title", "Engineer")
                        .put("level", ScimNumber.of(5)).build())
                .build());
        carol = insert(connection, "carol", "ext-carol", ScimObject.builder()
                .put("preferred_username", "carol").put("name", "Carol 100%").put("nickname", "cc")
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-carol").put("title", "cto").build())
                .build());
        otherAlice = insert(other, "Alice", "ext-alice", ScimObject.builder()
                .put("preferred_username", "Alice").put("email", "Alice@Example.com").put("name", "Alice Anders")
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-alice").put("title", "CEO").build())
                .put("user_metadata", ScimObject.builder().put("marker", marker).build())
                .build());
    }

    private User insert(Connection owner, String userName, String externalId, ScimObject profile) {
        User user = user(owner, userName, externalId, profile);
        repositories().users().insert(inserting(user, log(owner, user.id().value())));
        return user;
    }

    private List<User> search(ProfileCondition condition) {
        return repositories().users().search(connection.id(), condition, null, 0, 100).items();
    }

    private static FieldComparison compare(String path, CompareOperator operator, ScimValue value) {
        return new FieldComparison(ProfilePath.parse(path), operator, value, false, IndexedKey.NONE);
    }

    private static FieldComparison compare(String path, CompareOperator operator, String value) {
        return compare(path, operator, ScimValue.of(value));
    }

    private static FieldComparison exact(String path, CompareOperator operator, ScimValue value) {
        return new FieldComparison(ProfilePath.parse(path), operator, value, true, IndexedKey.NONE);
    }

    private static FieldPresent present(String path) {
        return new FieldPresent(ProfilePath.parse(path));
    }

    @Test
    void matchAllPagesInCreationOrderWithTheTotal() {
        UserRepository users = repositories().users();

        assertEquals(new Page<>(List.of(alice, bob), 3), users.search(connection.id(), new MatchAll(), null, 0, 2));
        assertEquals(new Page<>(List.of(carol), 3), users.search(connection.id(), new MatchAll(), null, 2, 2));
        assertEquals(new Page<>(List.of(), 3), users.search(connection.id(), new MatchAll(), null, 3, 2));
        assertEquals(new Page<>(List.of(bob), 3), users.search(connection.id(), new MatchAll(), null, 1, 1));
    }

    /**
     * Every unfiltered page is its slice of the whole listing, wherever it falls: a store may cut a page nearer the
     * end from the end (PostgreSQL does, so a cold jump to the last page of a large connection stays cheap).
     */
    @Test
    void everyUnfilteredPageIsItsSliceOfTheListingFromEitherEnd() {
        UserRepository users = repositories().users();
        for (int i = 0; i < 9; i++) {
            insert(connection, "page" + i, "ext-page" + i, ScimObject.EMPTY);
        }
        List<User> all = users.search(connection.id(), new MatchAll(), null, 0, 100).items();
        assertEquals(12, all.size());
        for (int limit = 1; limit <= 5; limit++) {
            for (int offset = 0; offset <= all.size() + 1; offset++) {
                List<User> slice = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
                assertEquals(new Page<>(slice, all.size()),
                        users.search(connection.id(), new MatchAll(), null, offset, limit),
                        "offset " + offset + ", limit " + limit);
                assertEquals(slice.stream().map(User::id).toList(),
                        users.searchWithGroups(connection.id(), new MatchAll(), null, offset, limit).items().stream()
                                .map(u -> u.user().id()).toList(), "with groups: offset " + offset + ", limit " + limit);
            }
        }
    }

    /** A filtered page's total is right wherever the page falls: before, across, at and past the last match. */
    @Test
    void filteredPagesTellTheTotalWhereverTheyStart() {
        UserRepository users = repositories().users();
        ProfileCondition notCarol = new Negation(compare("preferred_username", CompareOperator.EQ, "carol"));
        assertEquals(new Page<>(List.of(alice, bob), 2), users.search(connection.id(), notCarol, null, 0, 10));
        assertEquals(new Page<>(List.of(alice, bob), 2), users.search(connection.id(), notCarol, null, 0, 2));
        assertEquals(new Page<>(List.of(alice), 2), users.search(connection.id(), notCarol, null, 0, 1));
        assertEquals(new Page<>(List.of(bob), 2), users.search(connection.id(), notCarol, null, 1, 1));
        assertEquals(new Page<>(List.of(bob), 2), users.search(connection.id(), notCarol, null, 1, 5));
        assertEquals(new Page<>(List.of(), 2), users.search(connection.id(), notCarol, null, 2, 5));
        assertEquals(new Page<>(List.of(), 2), users.search(connection.id(), notCarol, null, 7, 5));
        assertEquals(new Page<>(List.of(), 2), users.search(connection.id(), notCarol, null, 0, 0));
        ProfileCondition nobody = compare("preferred_username", CompareOperator.EQ, "nobody");
        assertEquals(new Page<>(List.of(), 0), users.search(connection.id(), nobody, null, 0, 10));
        assertEquals(new Page<>(List.of(), 0), users.search(connection.id(), nobody, null, 3, 10));
        assertEquals(new Page<>(List.of(bob), 1),
                users.search(connection.id(), compare("preferred_username", CompareOperator.EQ, "BOB"), null, 0, 100));
    }

    /** The same page and total with groups beside each user (none here, so the lists are empty or not read). */
    @Test
    void searchWithGroupsAnswersTheSamePage() {
        UserRepository users = repositories().users();
        ProfileCondition notCarol = new Negation(compare("preferred_username", CompareOperator.EQ, "carol"));
        Page<UserRepository.UserWithGroups> page = users.searchWithGroups(connection.id(), notCarol, null, 1, 5);
        assertEquals(2, page.total());
        assertEquals(List.of(bob), page.items().stream().map(UserRepository.UserWithGroups::user).toList());
        assertTrue(page.items().stream().allMatch(found -> found.groups() == null || found.groups().isEmpty()));
    }

    @Test
    void sortsByAProfileValueThenByCreationOrder() {
        UserRepository users = repositories().users();
        SortKey email = new SortKey(ProfilePath.parse("email"), false, false);
        assertEquals(List.of(carol, alice, bob), users.search(connection.id(), new MatchAll(), email, 0, 10).items(),
                "canonical text ascending; a user without the value comes first");
        assertEquals(List.of(bob, alice, carol), users.search(connection.id(), new MatchAll(),
                new SortKey(ProfilePath.parse("email"), false, true), 0, 10).items(), "descending; missing last");
        assertEquals(new Page<>(List.of(alice), 3), users.search(connection.id(), new MatchAll(), email, 1, 1));
        assertEquals(List.of(alice, carol, bob), users.search(connection.id(), new MatchAll(),
                new SortKey(ProfilePath.parse("app_metadata.title"), false, false), 0, 10).items());
        assertEquals(List.of(alice, bob, carol), users.search(connection.id(), new MatchAll(),
                new SortKey(ProfilePath.parse("app_metadata.title"), true, false), 0, 10).items(),
                "case-exact: code point order puts capitals first");
        assertEquals(List.of(alice, bob, carol), users.search(connection.id(), new MatchAll(),
                new SortKey(null, false, true), 0, 10).items(), "no path: creation order");
        assertEquals(List.of(bob, alice), users.search(connection.id(), new FieldPresent(ProfilePath.parse("email")),
                new SortKey(ProfilePath.parse("email"), false, true), 0, 10).items(), "filtered, then sorted");
    }

    @Test
    void theUnfilteredTotalFollowsCreatesAndDeletes() {
        long before = repositories().users().search(connection.id(), new MatchAll(), null, 0, 0).total();
        User dave = insert(connection, "dave", "ext-dave", ScimObject.builder().put("preferred_username", "dave")
                .build());
        User erin = insert(connection, "erin", "ext-erin", ScimObject.builder().put("preferred_username", "erin")
                .build());
        assertEquals(before + 2, repositories().users().search(connection.id(), new MatchAll(), null, 0, 0).total());
        assertThrows(ConflictException.class, () -> insert(connection, "DAVE", "ext-other", ScimObject.EMPTY));
        assertEquals(before + 2, repositories().users().search(connection.id(), new MatchAll(), null, 0, 0).total(),
                "a refused create counts nothing");

        repositories().users().delete(deleting(connection.id(), dave.id(), 1, log(connection, dave.id().value())));
        assertTrue(deleteUser(erin.id()));
        assertFalse(deleteUser(erin.id()));
        assertEquals(before, repositories().users().search(connection.id(), new MatchAll(), null, 0, 0).total());
        assertEquals(before, repositories().users().search(connection.id(), new MatchAll(), null, 0,
                100).items().size());
    }

    @Test
    void aZeroLimitReturnsOnlyTheTotal() {
        assertEquals(new Page<>(List.of(), 3), repositories().users().search(connection.id(), new MatchAll(), null, 0,
                0));
    }

    @Test
    void theTotalCountsEveryMatchNotJustThePage() {
        Page<User> page = repositories().users().search(connection.id(), compare("email", CompareOperator.CO,
                "example"), null, 0, 1);

        assertEquals(new Page<>(List.of(alice), 2), page);
    }

    @Test
    void matchNoneFindsNothing() {
        assertEquals(new Page<>(List.of(), 0), repositories().users().search(connection.id(), new MatchNone(), null, 0,
                10));
    }

    @Test
    void neverReturnsUsersOfAnotherConnection() {
        assertEquals(List.of(alice), search(compare("email", CompareOperator.EQ, "alice@example.com")));
        assertEquals(List.of(otherAlice), repositories().users().search(other.id(), new MatchAll(), null, 0,
                10).items());
        assertEquals(List.of(), search(new UserIdEquals(otherAlice.id().value())));
    }

    @Test
    void equalityIgnoresCaseOnARootAttribute() {
        assertEquals(List.of(alice), search(compare("email", CompareOperator.EQ, "ALICE@EXAMPLE.COM")));
        assertEquals(List.of(bob), search(compare("name", CompareOperator.EQ, "bob_builder")));
    }

    @Test
    void equalityIgnoresCaseInsideAppMetadata() {
        assertEquals(List.of(alice), search(compare("app_metadata.title", CompareOperator.EQ, "ceo")));
        assertEquals(List.of(carol), search(compare("app_metadata.title", CompareOperator.EQ, "CTO")));
        assertEquals(List.of(), search(compare("app_metadata.title", CompareOperator.EQ, "CE")));
    }

    @Test
    void caseExactEqualityRespectsCase() {
        assertEquals(List.of(), search(exact("app_metadata.title", CompareOperator.EQ, ScimValue.of("ceo"))));
        assertEquals(List.of(alice), search(exact("app_metadata.title", CompareOperator.EQ, ScimValue.of("CEO"))));
    }

    @Test
    void userNameKeyFindsTheUserIgnoringCase() {
        FieldComparison upper = new FieldComparison(ProfilePath.parse("preferred_username"), CompareOperator.EQ,
                ScimValue.of("ALICE"), false, IndexedKey.USER_NAME);
        FieldComparison shoutedBob = new FieldComparison(ProfilePath.parse("preferred_username"), CompareOperator.EQ,
                ScimValue.of("BOB"), false, IndexedKey.USER_NAME);

        assertEquals(List.of(alice), search(upper));
        assertEquals(List.of(bob), search(shoutedBob));
    }

    @Test
    void userIdAttributeKeyFindsTheUserAndHonoursCaseExactness() {
        ProfilePath path = ProfilePath.parse("app_metadata.external_id");

        assertEquals(List.of(bob), search(new FieldComparison(path, CompareOperator.EQ, ScimValue.of("ext-bob"), false,
                IndexedKey.USER_ID_ATTRIBUTE)));
        assertEquals(List.of(), search(new FieldComparison(path, CompareOperator.EQ, ScimValue.of("ext-bob"), true,
                IndexedKey.USER_ID_ATTRIBUTE)));
        assertEquals(List.of(bob), search(new FieldComparison(path, CompareOperator.EQ, ScimValue.of("EXT-Bob"), true,
                IndexedKey.USER_ID_ATTRIBUTE)));
    }

    @Test
    void notEqualIsTheNegationOfEqual() {
        assertEquals(List.of(bob, carol), search(compare("app_metadata.title", CompareOperator.NE, "ceo")));
    }

    @Test
    void comparesBooleansAndNumbers() {
        FieldComparison blocked = exact("blocked", CompareOperator.EQ, ScimBoolean.TRUE);

        assertEquals(List.of(bob), search(blocked));
        assertEquals(List.of(alice, carol), search(new Negation(blocked)), "a profile without blocked is not blocked");
        assertEquals(List.of(alice), search(exact("app_metadata.level", CompareOperator.EQ, ScimNumber.of(3))));
        assertEquals(List.of(alice), search(exact("app_metadata.level", CompareOperator.EQ,
                new ScimNumber(new BigDecimal("3.0")))));
        // Ordering compares numbers by value (5 > 40 as text), and never a string or a missing value.
        assertEquals(List.of(bob), search(exact("app_metadata.level", CompareOperator.GT, ScimNumber.of(4))));
        assertEquals(List.of(alice, bob), search(exact("app_metadata.level", CompareOperator.LT,
                new ScimNumber(new BigDecimal("40.5")))));
        assertEquals(List.of(alice), search(exact("app_metadata.level", CompareOperator.LE,
                new ScimNumber(new BigDecimal("3.00")))));
        assertEquals(List.of(), search(exact("app_metadata.title", CompareOperator.GT, ScimNumber.of(0))));
    }

    @Test
    void combinesConditions() {
        ProfileCondition ceo = compare("app_metadata.title", CompareOperator.EQ, "ceo");
        ProfileCondition cto = compare("app_metadata.title", CompareOperator.EQ, "cto");
        ProfileCondition hasEmail = present("email");

        assertEquals(List.of(alice), search(new AllOf(List.of(ceo, hasEmail))));
        assertEquals(List.of(), search(new AllOf(List.of(cto, hasEmail))));
        assertEquals(List.of(alice, carol), search(new AnyOf(List.of(ceo, cto))));
        assertEquals(List.of(bob), search(new Negation(new AnyOf(List.of(ceo, cto)))));
        assertEquals(List.of(bob, carol), search(new Negation(new AllOf(List.of(ceo, hasEmail)))));
        assertEquals(List.of(carol), search(new AllOf(List.of(new Negation(hasEmail), new AnyOf(List.of(ceo, cto))))));
    }

    @Test
    void presenceIgnoresMissingNullAndEmptyValues() {
        assertEquals(List.of(alice, bob), search(present("email")));
        assertEquals(List.of(alice, carol), search(present("nickname")), "an empty string is not present");
        assertEquals(List.of(alice, bob), search(present("app_metadata.level")));
        assertEquals(List.of(), search(present("app_metadata.nothing")));
        assertEquals(List.of(carol), search(new Negation(present("email"))));
    }

    @Test
    void containsStartsWithAndEndsWithIgnoreCase() {
        assertEquals(List.of(alice, bob), search(compare("email", CompareOperator.CO, "EXAMPLE")));
        assertEquals(List.of(bob), search(compare("email", CompareOperator.SW, "BOB@")));
        assertEquals(List.of(alice), search(compare("email", CompareOperator.EW, ".COM")));
        assertEquals(List.of(carol), search(new Negation(compare("email", CompareOperator.CO, "example"))));
    }

    @Test
    void caseExactSubstringMatchesRespectCase() {
        assertEquals(List.of(alice), search(exact("email", CompareOperator.CO, ScimValue.of("Example"))));
        assertEquals(List.of(), search(exact("email", CompareOperator.SW, ScimValue.of("ALICE"))));
    }

    @Test
    void likeMetacharactersInValuesAreLiteral() {
        assertEquals(List.of(carol), search(compare("name", CompareOperator.CO, "100%")));
        assertEquals(List.of(carol), search(compare("name", CompareOperator.EW, "%")));
        assertEquals(List.of(bob), search(compare("name", CompareOperator.CO, "_")));
        assertEquals(List.of(), search(compare("name", CompareOperator.SW, "_")));
        assertEquals(List.of(), search(compare("name", CompareOperator.CO, "\\")));
    }

    /**
     * Users filtered on their groups (SCIM {@code groups.value}, {@code groups.display}): memberships of the user's
     * own connection only, one group satisfying a whole {@code MemberOf}, totals counted like any filter.
     */
    @Test
    void findsUsersByTheGroupsTheyBelongTo() {
        Group engineering = insertedGroup(connection, "Engineering", alice, bob);
        Group admins = insertedGroup(connection, "Admins", alice);
        Group elsewhere = insertedGroup(other, "Engineering", otherAlice);
        ProfileCondition inEngineering = memberOf(groupId(CompareOperator.EQ, engineering.id().value()));

        assertEquals(List.of(alice, bob), search(inEngineering));
        assertEquals(List.of(alice, bob), search(memberOf(groupName(CompareOperator.EQ, "engineering"))));
        assertEquals(List.of(alice), search(memberOf(groupName(CompareOperator.CO, "dmi"))));
        assertEquals(List.of(alice, bob), search(memberOf(new MatchAll())));
        assertEquals(List.of(carol), search(new Negation(memberOf(new MatchAll()))));
        assertEquals(List.of(bob, carol), search(new Negation(memberOf(groupId(CompareOperator.EQ,
                admins.id().value())))));
        assertEquals(List.of(), search(memberOf(groupId(CompareOperator.EQ, elsewhere.id().value()))));
        assertEquals(List.of(), search(memberOf(groupId(CompareOperator.EQ, "no-such-group"))));
        // Both in one group: Engineering is not Admins, so nobody; in two groups: alice.
        assertEquals(List.of(), search(memberOf(new AllOf(List.of(groupName(CompareOperator.SW, "eng"),
                groupId(CompareOperator.EQ, admins.id().value()))))));
        assertEquals(List.of(alice), search(new AllOf(List.of(inEngineering,
                memberOf(groupId(CompareOperator.EQ, admins.id().value()))))));
        assertEquals(List.of(bob), search(new AllOf(List.of(inEngineering,
                compare("preferred_username", CompareOperator.EQ, "BOB")))));
        assertEquals(new Page<>(List.of(bob), 2), repositories().users().search(connection.id(), inEngineering,
                null, 1, 1));

        groups().delete(deleting(connection.id(), admins.id(), null, List.of(log(connection, null))));
        assertEquals(List.of(), search(memberOf(groupName(CompareOperator.EQ, "admins"))));
        deleteUser(bob.id());
        assertEquals(List.of(alice), search(inEngineering));
    }

    private static ProfileCondition memberOf(ProfileCondition group) {
        return new MemberOf(group);
    }

    private static ProfileCondition groupId(CompareOperator operator, String id) {
        return new GroupAttributeComparison(GroupAttribute.ID, operator, id);
    }

    private static ProfileCondition groupName(CompareOperator operator, String canonicalName) {
        return new GroupAttributeComparison(GroupAttribute.DISPLAY_NAME, operator, canonicalName);
    }

    /**
     * RFC 9865 cursor pages are keyset pages (issue 20): walked page after page from the positions the store hands
     * back, they list exactly what the offset listing lists, in the same order (text, numbers, missing values, ties by
     * creation), whatever the page size and the filter.
     */
    @Test
    void keysetPagesListWhatTheOffsetListingLists() {
        insert(connection, "dave", "ext-dave", ScimObject.builder().put("preferred_username", "dave")
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-dave").put("title", "engineer")
                        .put("level", ScimNumber.of(5)).build()).build());
        insert(connection, "erin", "ext-erin", ScimObject.builder().put("preferred_username", "erin")
                .put("email", "erin@example.org").build());
        UserRepository users = repositories().users();
        List<SortKey> sorts = new ArrayList<>();
        sorts.add(null);
        for (boolean descending : List.of(false, true)) {
            sorts.add(new SortKey(ProfilePath.parse("email"), false, descending));
            sorts.add(new SortKey(ProfilePath.parse("app_metadata.title"), false, descending));
            sorts.add(new SortKey(ProfilePath.parse("app_metadata.level"), false, descending, true));
        }
        for (ProfileCondition condition : List.of(new MatchAll(),
                new Negation(compare("preferred_username", CompareOperator.EQ, "carol")))) {
            for (SortKey sort : sorts) {
                Page<UserRepository.UserWithGroups> offset = users.searchWithGroups(connection.id(), condition, sort,
                        0, 100);
                for (int size : List.of(1, 2, 100)) {
                    List<UserRepository.UserWithGroups> walked = new ArrayList<>();
                    PagePosition after = null;
                    int pages = 0;
                    do {
                        PagePosition.Page<UserRepository.UserWithGroups> page = users.searchWithGroupsAfter(
                                connection.id(), condition, sort, after, size);
                        assertEquals(offset.total(), page.total(), "total, " + sort);
                        walked.addAll(page.items());
                        after = page.next();
                        assertTrue(++pages <= offset.items().size() + 1, "the walk ends");
                    } while (after != null);
                    assertEquals(offset.items().stream().map(u -> u.user().id()).toList(),
                            walked.stream().map(u -> u.user().id()).toList(), "pages of " + size + ", " + sort);
                }
                // A startIndex page that no position leads to: read with an offset, and still telling where it ends.
                for (int skip = 0; skip <= offset.items().size(); skip++) {
                    PagePosition.Page<UserRepository.UserWithGroups> page = users.searchWithGroupsAfter(
                            connection.id(), condition, sort, null, skip, 2);
                    List<UserRepository.UserWithGroups> expected = offset.items().subList(skip,
                            Math.min(skip + 2, offset.items().size()));
                    assertEquals(expected.stream().map(u -> u.user().id()).toList(),
                            page.items().stream().map(u -> u.user().id()).toList(), "skip " + skip + ", " + sort);
                    if (skip + 2 < offset.items().size()) {
                        assertEquals(offset.items().get(skip + 2).user().id(), users.searchWithGroupsAfter(
                                connection.id(), condition, sort, page.next(), 1).items().getFirst().user().id(),
                                "the position an offset page hands back, " + sort);
                    } else {
                        assertNull(page.next(), "the last page");
                    }
                }
            }
        }
    }

    @Test
    void matchesInsideArraysStoredWhole() {
        User dana = insert(connection, "dana", "ext-dana", ScimObject.builder().put("preferred_username", "dana")
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-dana").put("emails", new ScimArray(
                        List.of(ScimObject.builder().put("value", "Dana@Work.example").put("type", "work").build(),
                                ScimObject.builder().put("value", "dana@home.example").put("type", "home")
                                        .put("primary", ScimBoolean.TRUE).build(),
                                ScimValue.of("not-an-object")))).build())
                .build());
        User erin = insert(connection, "erin", "ext-erin", ScimObject.builder().put("preferred_username", "erin")
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-erin").put("emails", new ScimArray(
                        List.of(ScimObject.builder().put("value", "erin@work.example").put("type", "home").build())))
                        .build())
                .build());
        // A value that is not an array at the path has no elements: no match, and no failure.
        insert(connection, "fay", "ext-fay", ScimObject.builder().put("preferred_username", "fay")
                .put("app_metadata", ScimObject.builder().put("external_id", "ext-fay")
                        .put("emails", "fay@work.example").build())
                .build());
        ProfilePath emails = ProfilePath.parse("app_metadata.emails");

        // emails[type eq "work" and value co "@work"]: both on the same element.
        assertEquals(List.of(dana), search(new AnyElement(emails, new AllOf(List.of(
                element("type", CompareOperator.EQ, "WORK"), element("value", CompareOperator.CO, "@WORK"))))));
        assertEquals(List.of(dana, erin), search(new AnyElement(emails, element("value", CompareOperator.EW,
                ".EXAMPLE"))));
        assertEquals(List.of(dana), search(new AnyElement(emails, new FieldComparison(new ProfilePath(
                List.of("primary")), CompareOperator.EQ, ScimBoolean.TRUE, false, IndexedKey.NONE))));
        assertEquals(List.of(dana, erin), search(new AnyElement(emails, new FieldPresent(new ProfilePath(
                List.of("value"))))));
        // not(...) of an element condition also matches users without the array.
        List<User> withoutWork = search(new Negation(new AnyElement(emails, element("type", CompareOperator.EQ,
                "work"))));
        assertTrue(withoutWork.contains(erin) && !withoutWork.contains(dana) && withoutWork.contains(alice),
                withoutWork.toString());
        // Some element matching a negation: dana has a non-work element, erin only a home one.
        assertEquals(List.of(dana, erin), search(new AnyElement(emails, new Negation(element("type",
                CompareOperator.EQ, "work")))));
    }

    private static FieldComparison element(String sub, CompareOperator operator, String value) {
        return new FieldComparison(new ProfilePath(List.of(sub)), operator, ScimValue.of(value), false,
                IndexedKey.NONE);
    }

    @Test
    void findsByUserId() {
        assertEquals(List.of(bob), search(new UserIdEquals(bob.id().value())));
        assertEquals(List.of(), search(new UserIdEquals("okta|nobody|x")));
    }

    @Test
    void searchSeesUpdatedValues() {
        User promoted = bob.replaced(bob.attributes().with("app_metadata", ScimObject.builder()
                .put("external_id", "EXT-Bob").put("title", "Manager").build()), UserKeys.of("bob", "EXT-Bob"), now());
        repositories().users().update(updating(promoted, log(connection, bob.id().value())));

        assertEquals(List.of(promoted), search(compare("app_metadata.title", CompareOperator.EQ, "MANAGER")));
        assertEquals(List.of(), search(compare("app_metadata.title", CompareOperator.EQ, "engineer")));
    }

    @Test
    void managementListFiltersByConnectionAndText() {
        UserRepository users = repositories().users();

        assertEquals(new Page<>(List.of(alice, bob, carol), 3), users.list(connection.id(), UserQuery.ALL, 0, 10));
        assertEquals(new Page<>(List.of(bob), 3), users.list(connection.id(), UserQuery.ALL, 1, 1));
        assertEquals(new Page<>(List.of(bob), 1), users.list(connection.id(), UserQuery.parse("EXAMPLE.ORG"), 0, 10));
        assertEquals(new Page<>(List.of(alice, otherAlice), 2),
                users.list(null, UserQuery.parse(marker.toUpperCase(Locale.ROOT)), 0, 10));
        assertEquals(new Page<>(List.of(), 0), users.list(connection.id(), UserQuery.parse(unique("absent-")), 0, 10));
    }

    @Test
    void managementListFindsByEmailNameAndUserIdExactly() {
        UserRepository users = repositories().users();

        assertEquals(List.of(alice), users.list(connection.id(), UserQuery.parse("email:alice@example.COM"), 0, 10)
                .items(), "email ignores case");
        assertEquals(List.of(), users.list(connection.id(), UserQuery.parse("email:alice@example"), 0, 10).items(),
                "email is equality, not containment");
        assertEquals(List.of(alice), users.list(connection.id(), UserQuery.parse("name:\"alice anders\""), 0, 10)
                .items());
        assertEquals(List.of(bob), users.list(connection.id(), UserQuery.parse("user_id:\"" + bob.id().value()
                + "\" AND email:bob@example.org"), 0, 10).items());
        assertEquals(List.of(), users.list(connection.id(), UserQuery.parse("user_id:\"" + bob.id().value()
                + "\" AND email:alice@example.com"), 0, 10).items(), "every term must match");
        assertEquals(List.of(carol), users.list(connection.id(), UserQuery.parse("name:\"CAROL 100%\" cc"), 0, 10)
                .items(), "a field term and a word");
    }
}
