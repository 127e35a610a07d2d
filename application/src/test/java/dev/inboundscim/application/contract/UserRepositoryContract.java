package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * How every {@link UserRepository} creates, finds and deletes users and keeps their keys unique; version-guarded
 * writes are in {@link UserVersioningContract}, searching in {@link UserSearchContract}.
 */
public abstract class UserRepositoryContract extends ContractSupport {

    private UserRepository users() {
        return repositories().users();
    }

    @Test
    void findsAnInsertedUserWithEveryField() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "Alice", "ext-alice");

        assertEquals(Optional.of(user), users().findById(connection.id(), user.id()));
        assertEquals(Optional.of(user), users().findById(user.id()));
    }

    @Test
    void keepsAUserWithoutAUserNameKey() {
        Connection connection = newConnection();
        User template = user(connection, "x", "ext-1");
        User user = new User(template.id(), connection.id(), template.attributes(), List.of(),
                new UserKeys(null, "ext-1"), template.createdAt(), template.updatedAt(), 3);
        User second = user(connection, "y", "ext-2");
        User alsoWithout = new User(second.id(), connection.id(), second.attributes(), second.identities(),
                new UserKeys(null, "ext-2"), second.createdAt(), second.updatedAt(), 1);

        users().insert(inserting(user, log(connection, user.id().value())));
        users().insert(inserting(alsoWithout, log(connection, alsoWithout.id().value())));

        assertEquals(Optional.of(user), users().findById(user.id()));
        assertEquals(Optional.of(alsoWithout), users().findById(alsoWithout.id()));
    }

    @Test
    void findByIdIsScopedToTheConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");

        assertEquals(Optional.empty(), users().findById(other.id(), user.id()));
        assertEquals(Optional.empty(), users().findById(connection.id(), new UserId("okta|nobody|1")));
    }

    @Test
    void writesTheLogEntryWithTheInsert() {
        Connection connection = newConnection();
        User user = user(connection, "alice", "ext-alice");
        LogEntry entry = log(connection, user.id().value());

        users().insert(inserting(user, entry));

        assertEquals(List.of(entry), logsOf(connection));
    }

    @Test
    void refusesADuplicateUserNameIgnoringCaseAndWritesNoLog() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        User shouting = user(connection, "ALICE", "ext-other");
        LogEntry failedLog = log(connection, shouting.id().value());

        ConflictException conflict = assertThrows(ConflictException.class, () -> users().insert(inserting(shouting,
                failedLog)));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.empty(), users().findById(shouting.id()));
        assertEquals(Optional.of(alice), users().findById(alice.id()));
        assertFalse(logsOf(connection).contains(failedLog), "no log entry for the refused insert");
        assertEquals(1, logsOf(connection).size());
    }

    @Test
    void refusesADuplicateUserIdAttributeValue() {
        Connection connection = newConnection();
        insertedUser(connection, "alice", "ext-1");
        User template = user(connection, "bob", "ext-2");
        User sameKey = new User(template.id(), connection.id(), template.attributes(), template.identities(),
                UserKeys.of("bob", "EXT-1"), template.createdAt(), template.updatedAt(), 1);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> users().insert(inserting(sameKey, log(connection, sameKey.id().value()))));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.empty(), users().findById(sameKey.id()));
    }

    @Test
    void refusesADuplicateUserId() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-1");
        User sameId = new User(alice.id(), connection.id(), alice.attributes(), alice.identities(),
                UserKeys.of("someone-else", "ext-else"), now(), now(), 1);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> users().insert(inserting(sameId, log(connection, alice.id().value()))));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.of(alice), users().findById(alice.id()));
    }

    @Test
    void theSameKeysAreFineInAnotherConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");

        User otherAlice = insertedUser(other, "alice", "ext-alice");

        assertEquals(Optional.of(alice), users().findById(alice.id()));
        assertEquals(Optional.of(otherAlice), users().findById(otherAlice.id()));
    }

    @Test
    void concurrentIdenticalCreatesHaveExactlyOneWinner() throws InterruptedException {
        Connection connection = newConnection();
        List<Callable<LogEntry>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            User user = user(connection, "racer", "ext-racer");
            LogEntry entry = log(connection, user.id().value());
            creates.add(() -> {
                users().insert(inserting(user, entry));
                return entry;
            });
        }

        List<Outcome<LogEntry>> outcomes = concurrently(creates);

        List<Outcome<LogEntry>> winners = outcomes.stream().filter(Outcome::succeeded).toList();
        assertEquals(1, winners.size(), () -> "exactly one winner: " + outcomes);
        for (Outcome<LogEntry> loser : outcomes.stream().filter(o -> !o.succeeded()).toList()) {
            ConflictException conflict = assertConflict(loser.failure());
            assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        }
        assertEquals(List.of(winners.getFirst().value()), logsOf(connection), "only the winner's log entry");
    }

    @Test
    void concurrentCreatesOfOneUserNameUnderDifferentIdsHaveExactlyOneWinner() throws InterruptedException {
        // Different user ids and user-id attribute values: only the userName key can stop the losers.
        Connection connection = newConnection();
        List<Callable<LogEntry>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            User user = user(connection, i % 2 == 0 ? "Same.Name" : "SAME.NAME", "ext-same-" + i);
            LogEntry entry = log(connection, user.id().value());
            creates.add(() -> {
                users().insert(inserting(user, entry));
                return entry;
            });
        }

        List<Outcome<LogEntry>> outcomes = concurrently(creates);

        List<Outcome<LogEntry>> winners = outcomes.stream().filter(Outcome::succeeded).toList();
        assertEquals(1, winners.size(), () -> "exactly one winner: " + outcomes);
        for (Outcome<LogEntry> loser : outcomes.stream().filter(o -> !o.succeeded()).toList()) {
            assertEquals(Optional.of(ScimType.UNIQUENESS), assertConflict(loser.failure()).scimType());
        }
        assertEquals(List.of(winners.getFirst().value()), logsOf(connection), "only the winner's log entry");
    }

    @Test
    void concurrentCreatesOfOneUserIdAttributeValueUnderDifferentNamesHaveExactlyOneWinner()
            throws InterruptedException {
        // The user-id attribute key compares canonically, so "EXT-X" and "ext-x" collide although their ids differ.
        Connection connection = newConnection();
        List<Callable<User>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            User user = user(connection, "name-" + i, "ext-x-" + i);
            User sameKey = new User(user.id(), user.connectionId(), user.attributes(), user.identities(),
                    UserKeys.of("name-" + i, i % 2 == 0 ? "EXT-X" : "ext-x"), user.createdAt(), user.updatedAt(), 1);
            creates.add(() -> {
                users().insert(inserting(sameKey, log(connection, sameKey.id().value())));
                return sameKey;
            });
        }

        List<Outcome<User>> outcomes = concurrently(creates);

        assertEquals(1, outcomes.stream().filter(Outcome::succeeded).count(), () -> "exactly one winner: " + outcomes);
        for (Outcome<User> loser : outcomes.stream().filter(o -> !o.succeeded()).toList()) {
            assertEquals(Optional.of(ScimType.UNIQUENESS), assertConflict(loser.failure()).scimType());
        }
    }

    @Test
    void concurrentCreatesOfDifferentUsersAllSucceed() throws InterruptedException {
        Connection connection = newConnection();
        List<Callable<User>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            User user = user(connection, "user" + i, "ext-" + i);
            creates.add(() -> {
                users().insert(inserting(user, log(connection, user.id().value())));
                return user;
            });
        }

        List<Outcome<User>> outcomes = concurrently(creates);

        assertTrue(outcomes.stream().allMatch(Outcome::succeeded), () -> "all succeed: " + outcomes);
        for (Outcome<User> outcome : outcomes) {
            assertEquals(Optional.of(outcome.value()), users().findById(outcome.value().id()));
        }
        assertEquals(8, logsOf(connection).size());
    }

    @Test
    void managementDeleteRemovesAUserOfAnyConnection() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");

        assertTrue(deleteUser(user.id()));

        assertEquals(Optional.empty(), users().findById(user.id()));
        assertFalse(deleteUser(user.id()));
    }

    private static ConflictException assertConflict(Throwable failure) {
        return assertInstanceOf(ConflictException.class, failure,
                () -> "a loser fails with ConflictException, not " + failure);
    }
}
