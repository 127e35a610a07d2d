package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * How every {@link GroupRepository} stores groups and memberships: writes are atomic with their log entry, member
 * changes are deltas checked against the connection's users, limits hold, and deleting a user leaves its groups.
 * Searching is in {@link GroupSearchContract}.
 */
public abstract class GroupRepositoryContract extends ContractSupport {

    protected List<UserId> memberIds(Group group) {
        return groups().members(group.id(), null, 10_000, null).stream().map(GroupMember::userId).toList();
    }

    private static GroupEdit members(MembershipChange change) {
        return new GroupEdit(null, false, null, change);
    }

    private static MembershipChange adding(User... users) {
        return new MembershipChange(false, ids(users), Set.of());
    }

    private static MembershipChange removing(User... users) {
        return new MembershipChange(false, Set.of(), ids(users));
    }

    private Group update(Group group, GroupEdit edit) {
        return groups().update(updating(group.connectionId(), group.id(), null, edit, NO_LIMIT, now(),
                List.of(log(connectionOf(group), null))));
    }

    private Connection connectionOf(Group group) {
        return repositories().connections().findById(group.connectionId()).orElseThrow();
    }

    @Test
    void findsAnInsertedGroupWithItsMembersInIdOrder() {
        Connection connection = newConnection();
        User bob = insertedUser(connection, "bob", "ext-b");
        User alice = insertedUser(connection, "alice", "ext-a");
        Group group = group(connection, "Engineering", "okta-eng", 2);

        groups().insert(inserting(group, ids(bob, alice), NO_LIMIT, NO_LIMIT, List.of(log(connection, null))));

        assertEquals(Optional.of(group), groups().findById(connection.id(), group.id()));
        assertEquals(Optional.of(group), groups().findById(group.id()));
        List<UserId> expected = new ArrayList<>(List.of(alice.id(), bob.id()));
        expected.sort(java.util.Comparator.comparing(UserId::value));
        assertEquals(expected, memberIds(group));
    }

    @Test
    void findByIdIsScopedToTheConnection() {
        Connection connection = newConnection();
        Group group = insertedGroup(connection, "Sales");

        assertEquals(Optional.empty(), groups().findById(newConnection().id(), group.id()));
        assertEquals(Optional.empty(), groups().findById(GroupId.generate()));
    }

    @Test
    void membersCarryTheTextAtTheDisplayPathAndPageAfterAnId() {
        Connection connection = newConnection();
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(insertedUser(connection, "user" + i, "ext-" + i));
        }
        Group group = insertedGroup(connection, "Everyone", users.toArray(User[]::new));
        List<GroupMember> all = groups().members(group.id(), null, 100, USER_NAME);
        List<UserId> sorted = users.stream().map(User::id).sorted(java.util.Comparator.comparing(UserId::value))
                .toList();

        assertEquals(sorted, all.stream().map(GroupMember::userId).toList());
        User first = users.stream().filter(u -> u.id().equals(sorted.getFirst())).findFirst().orElseThrow();
        assertEquals(first.attributes().get("preferred_username").map(v -> ((dev.inboundscim.domain.scim.value
                .ScimString) v).value()).orElseThrow(), all.getFirst().display());
        assertEquals(sorted.subList(2, 4), groups().members(group.id(), sorted.get(1), 2, null).stream()
                .map(GroupMember::userId).toList());
        assertEquals(List.of(), groups().members(group.id(), sorted.get(4), 2, null));
        assertEquals(null, groups().members(group.id(), null, 1, null).getFirst().display());
    }

    @Test
    void writesTheLogEntryWithTheInsert() {
        Connection connection = newConnection();
        LogEntry entry = log(connection, null);

        groups().insert(inserting(group(connection, "Ops", null, 0), Set.of(), NO_LIMIT, NO_LIMIT, List.of(entry)));

        assertEquals(List.of(entry), logsOf(connection));
    }

    @Test
    void refusesADuplicateDisplayNameIgnoringCaseAndWritesNoLog() {
        Connection connection = newConnection();
        Group first = insertedGroup(connection, "Ｅｎｇｉｎｅｅｒｓ Team");
        Group duplicate = group(connection, "ENGINEERS team", null, 0);
        LogEntry failedLog = log(connection, null);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> groups().insert(inserting(duplicate, Set.of(), NO_LIMIT, NO_LIMIT, List.of(failedLog))));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.empty(), groups().findById(duplicate.id()));
        assertEquals(Optional.of(first), groups().findById(first.id()));
        assertFalse(logsOf(connection).contains(failedLog));
        // The same name in another connection is fine.
        insertedGroup(newConnection(), "Ｅｎｇｉｎｅｅｒｓ Team");
    }

    @Test
    void concurrentIdenticalCreatesHaveExactlyOneWinner() throws InterruptedException {
        Connection connection = newConnection();
        List<Callable<Group>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> insertedGroup(connection, "Racers"));
        }

        List<Outcome<Group>> outcomes = concurrently(tasks);

        assertEquals(1, outcomes.stream().filter(Outcome::succeeded).count());
        assertTrue(outcomes.stream().filter(o -> !o.succeeded())
                .allMatch(o -> o.failure() instanceof ConflictException));
    }

    @Test
    void refusesAMemberThatIsNotAUserOfTheConnectionAndStoresNothing() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-a");
        User stranger = insertedUser(newConnection(), "stranger", "ext-s");
        Group group = group(connection, "Mixed", null, 2);
        LogEntry failedLog = log(connection, null);

        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> groups().insert(inserting(group, ids(alice, stranger), NO_LIMIT, NO_LIMIT, List.of(failedLog))));
        assertEquals(Optional.of(ScimType.INVALID_VALUE), refused.scimType());
        assertTrue(refused.detail().contains(stranger.id().value()), refused.detail());
        assertThrows(BadRequestException.class, () -> groups().insert(inserting(group,
                Set.of(new UserId("okta|x|nobody")), NO_LIMIT, NO_LIMIT, List.of(failedLog))));

        assertEquals(Optional.empty(), groups().findById(group.id()));
        assertFalse(logsOf(connection).contains(failedLog));
        assertEquals(Map.of(), groups().groupsOf(List.of(alice.id())));
    }

    @Test
    void refusesAGroupOverTheConnectionLimit() {
        Connection connection = newConnection();
        insertedGroup(connection, "One");
        Group second = group(connection, "Two", null, 0);

        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> groups().insert(inserting(second, Set.of(), 1, NO_LIMIT, List.of(log(connection, null)))));

        assertEquals(Optional.of(ScimType.TOO_MANY), refused.scimType());
        assertEquals(Optional.empty(), groups().findById(second.id()));
        groups().insert(inserting(group(newConnection(), "Two", null, 0), Set.of(), 1, NO_LIMIT,
                List.of(log(connection, null))));
    }

    @Test
    void refusesMembersOverTheGroupLimitAndKeepsTheOldOnes() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        User b = insertedUser(connection, "b", "ext-b");
        User c = insertedUser(connection, "c", "ext-c");
        Group oversized = group(connection, "Big", null, 3);
        assertThrows(BadRequestException.class,
                () -> groups().insert(inserting(oversized, ids(a, b, c), NO_LIMIT, 2, List.of(log(connection, null)))));
        assertEquals(Optional.empty(), groups().findById(oversized.id()));

        Group group = insertedGroup(connection, "Pair", a, b);
        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> groups().update(updating(connection.id(), group.id(), null, members(adding(c)), 2, now(),
                List.of(log(connection, null)))));

        assertEquals(Optional.of(ScimType.TOO_MANY), refused.scimType());
        assertEquals(Optional.of(group), groups().findById(group.id()));
        assertEquals(2, memberIds(group).size());
        // Swapping one member for another stays within the limit.
        Group swapped = groups().update(updating(connection.id(), group.id(), null, members(new MembershipChange(false,
                ids(c), ids(a))), 2, now(), List.of(log(connection, null))));
        assertEquals(2, swapped.memberCount());
    }

    @Test
    void addsAndRemovesMembersAsADelta() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        User b = insertedUser(connection, "b", "ext-b");
        User c = insertedUser(connection, "c", "ext-c");
        Group group = insertedGroup(connection, "Delta", a);

        Group added = update(group, members(adding(a, b, c)));
        assertEquals(3, added.memberCount());
        assertEquals(2, added.version());
        assertEquals(Set.of(a.id(), b.id(), c.id()), Set.copyOf(memberIds(group)));

        Group removed = update(group, members(removing(b, insertedUser(connection, "never", "ext-n"))));
        assertEquals(2, removed.memberCount());
        assertEquals(3, removed.version());
        assertEquals(Set.of(a.id(), c.id()), Set.copyOf(memberIds(group)));
        assertEquals(Optional.of(removed), groups().findById(group.id()));
    }

    @Test
    void replacesAllMembers() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        User b = insertedUser(connection, "b", "ext-b");
        User c = insertedUser(connection, "c", "ext-c");
        Group group = insertedGroup(connection, "Replace", a, b);

        Group replaced = update(group, members(MembershipChange.replaceWith(ids(b, c))));
        assertEquals(2, replaced.memberCount());
        assertEquals(Set.of(b.id(), c.id()), Set.copyOf(memberIds(group)));

        Group emptied = update(group, members(MembershipChange.replaceWith(Set.of())));
        assertEquals(0, emptied.memberCount());
        assertEquals(List.of(), memberIds(group));
    }

    @Test
    void changesAttributesAndStampsTheWrite() {
        Connection connection = newConnection();
        Group group = group(connection, "Old", "ext-1", 0);
        groups().insert(inserting(group, Set.of(), NO_LIMIT, NO_LIMIT, List.of(log(connection, null))));
        Instant when = now();

        Group renamed = groups().update(updating(connection.id(), group.id(), 1L, new GroupEdit("New", true, null,
                MembershipChange.NONE), NO_LIMIT, when, List.of(log(connection, null))));

        assertEquals(new Group(group.id(), connection.id(), "New", null, group.createdAt(), when, 2, 0), renamed);
        assertEquals(Optional.of(renamed), groups().findById(group.id()));
        Group unchanged = update(renamed, new GroupEdit(null, false, null, MembershipChange.NONE));
        assertEquals("New", unchanged.displayName());
        assertEquals(3, unchanged.version());
    }

    @Test
    void aRenameOntoAnotherGroupsNameChangesNothing() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        insertedGroup(connection, "Taken");
        Group group = insertedGroup(connection, "Mine");
        LogEntry failedLog = log(connection, null);

        assertThrows(ConflictException.class, () -> groups().update(updating(connection.id(), group.id(), null,
                new GroupEdit("TAKEN", false, null, adding(a)), NO_LIMIT, now(), List.of(failedLog))));

        assertEquals(Optional.of(group), groups().findById(group.id()));
        assertEquals(List.of(), memberIds(group));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void anUnknownMemberInAnUpdateChangesNothing() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        Group group = insertedGroup(connection, "Strict");

        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> groups().update(updating(connection.id(), group.id(), null, new GroupEdit("Renamed", false, null,
                new MembershipChange(false,
                        Set.of(a.id(), new UserId("okta|x|ghost")), Set.of())), NO_LIMIT, now(),
                                List.of(log(connection, null)))));

        assertEquals(Optional.of(ScimType.INVALID_VALUE), refused.scimType());
        assertEquals(Optional.of(group), groups().findById(group.id()));
        assertEquals(List.of(), memberIds(group));
    }

    @Test
    void versionGuardsAndMissingGroups() {
        Connection connection = newConnection();
        Group group = insertedGroup(connection, "Guarded");
        GroupEdit rename = new GroupEdit("Other", false, null, MembershipChange.NONE);

        assertThrows(PreconditionFailedException.class, () -> groups().update(updating(connection.id(), group.id(), 7L,
                rename, NO_LIMIT, now(), List.of(log(connection, null)))));
        assertThrows(PreconditionFailedException.class, () -> groups().delete(deleting(connection.id(), group.id(), 7L,
                List.of(log(connection, null)))));
        assertThrows(NotFoundException.class, () -> groups().update(updating(newConnection().id(), group.id(), null,
                rename, NO_LIMIT, now(), List.of(log(connection, null)))));
        assertThrows(NotFoundException.class, () -> groups().update(updating(connection.id(), GroupId.generate(), null,
                rename, NO_LIMIT, now(), List.of(log(connection, null)))));
        assertThrows(NotFoundException.class, () -> groups().delete(deleting(connection.id(), GroupId.generate(), null,
                List.of(log(connection, null)))));
        assertEquals(Optional.of(group), groups().findById(group.id()));
    }

    @Test
    void deletingAGroupKeepsItsUsers() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        Group group = insertedGroup(connection, "Doomed", a);
        LogEntry entry = log(connection, null);

        groups().delete(deleting(connection.id(), group.id(), 1L, List.of(entry)));

        assertEquals(Optional.empty(), groups().findById(group.id()));
        assertEquals(List.of(), groups().members(group.id(), null, 10, null));
        assertTrue(repositories().users().findById(a.id()).isPresent());
        assertEquals(Map.of(), groups().groupsOf(List.of(a.id())));
        assertTrue(logsOf(connection).contains(entry));
    }

    @Test
    void deletingAUserRemovesItFromItsGroups() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        User b = insertedUser(connection, "b", "ext-b");
        Group one = insertedGroup(connection, "One", a, b);
        Group two = insertedGroup(connection, "Two", a);

        repositories().users().delete(deleting(connection.id(), a.id(), 1, log(connection, a.id().value())));

        Group afterOne = groups().findById(one.id()).orElseThrow();
        assertEquals(List.of(b.id()), memberIds(one));
        assertEquals(1, afterOne.memberCount());
        assertEquals(2, afterOne.version(), "the membership changed, so the version moves");
        assertEquals(0, groups().findById(two.id()).orElseThrow().memberCount());

        assertTrue(deleteUser(b.id()));
        assertEquals(List.of(), memberIds(one));
        assertEquals(0, groups().findById(one.id()).orElseThrow().memberCount());
    }

    @Test
    void listsTheGroupsOfUsersByDisplayName() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        User b = insertedUser(connection, "b", "ext-b");
        User loner = insertedUser(connection, "c", "ext-c");
        Group zeta = insertedGroup(connection, "zeta", a);
        Group alpha = insertedGroup(connection, "Alpha", a, b);

        Map<UserId, List<GroupRef>> memberships = groups().groupsOf(List.of(a.id(), b.id(), loner.id()));

        assertEquals(Map.of(a.id(), List.of(new GroupRef(alpha.id(), "Alpha"), new GroupRef(zeta.id(), "zeta")),
                b.id(), List.of(new GroupRef(alpha.id(), "Alpha"))), memberships);
        // Read with the user, where the store can: the same groups in the same order.
        for (User user : List.of(a, b, loner)) {
            UserRepository.UserWithGroups found = repositories().users().findWithGroups(connection.id(), user.id())
                    .orElseThrow();
            assertEquals(user, found.user());
            if (found.groups() != null) {
                assertEquals(memberships.getOrDefault(user.id(), List.of()), found.groups());
            }
        }
        assertEquals(Optional.empty(), repositories().users().findWithGroups(newConnection().id(), a.id()),
                "another connection's user is not found");
    }

    @Test
    void listsGroupsOfOneConnectionOrAllInCreationOrder() {
        Connection connection = newConnection();
        Group first = insertedGroup(connection, "First");
        Group second = insertedGroup(connection, "Second");
        Group elsewhere = insertedGroup(newConnection(), "Elsewhere");

        assertEquals(List.of(first, second), groups().list(connection.id(), 0, 10).items());
        assertEquals(2, groups().list(connection.id(), 1, 10).total());
        assertEquals(List.of(second), groups().list(connection.id(), 1, 10).items());
        List<Group> all = groups().list(null, 0, 100_000).items();
        assertTrue(all.containsAll(List.of(first, second, elsewhere)));
        assertTrue(all.indexOf(first) < all.indexOf(second));
    }

    @Test
    void deletingTheConnectionDeletesItsGroups() {
        Connection connection = newConnection();
        User a = insertedUser(connection, "a", "ext-a");
        Group group = insertedGroup(connection, "Gone", a);

        repositories().connections().delete(connection.id());

        assertEquals(Optional.empty(), groups().findById(group.id()));
        assertEquals(List.of(), groups().members(group.id(), null, 10, null));
    }
}
