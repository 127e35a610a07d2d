package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The write and lookup behaviour every {@link UserRepository} must have; searching is in {@link UserSearchContract}. */
public abstract class UserRepositoryContract extends ContractSupport {

    private UserRepository users() {
        return repositories().users();
    }

    private User inserted(Connection connection, String userName, String externalId) {
        User user = user(connection, userName, externalId);
        users().insert(user, log(connection, user.id().value()));
        return user;
    }

    private static User changed(User user) {
        ScimObject attributes = user.attributes().with("given_name", ScimObject.builder().build())
                .with("blocked", ScimBoolean.TRUE)
                .with("family_name", ScimValue.of("Smith"))
                .without("email");
        return user.replaced(attributes, UserKeys.of("Renamed", "ext-renamed"), now());
    }

    @Test
    void findsAnInsertedUserWithEveryField() {
        Connection connection = newConnection();
        User user = inserted(connection, "Alice", "ext-alice");

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

        users().insert(user, log(connection, user.id().value()));
        users().insert(alsoWithout, log(connection, alsoWithout.id().value()));

        assertEquals(Optional.of(user), users().findById(user.id()));
        assertEquals(Optional.of(alsoWithout), users().findById(alsoWithout.id()));
    }

    @Test
    void findByIdIsScopedToTheConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User user = inserted(connection, "alice", "ext-alice");

        assertEquals(Optional.empty(), users().findById(other.id(), user.id()));
        assertEquals(Optional.empty(), users().findById(connection.id(), new UserId("okta|nobody|1")));
    }

    @Test
    void writesTheLogEntryWithTheInsert() {
        Connection connection = newConnection();
        User user = user(connection, "alice", "ext-alice");
        LogEntry entry = log(connection, user.id().value());

        users().insert(user, entry);

        assertEquals(List.of(entry), logsOf(connection));
    }

    @Test
    void refusesADuplicateUserNameIgnoringCaseAndWritesNoLog() {
        Connection connection = newConnection();
        User alice = inserted(connection, "alice", "ext-alice");
        User shouting = user(connection, "ALICE", "ext-other");
        LogEntry failedLog = log(connection, shouting.id().value());

        ConflictException conflict = assertThrows(ConflictException.class, () -> users().insert(shouting, failedLog));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.empty(), users().findById(shouting.id()));
        assertEquals(Optional.of(alice), users().findById(alice.id()));
        assertFalse(logsOf(connection).contains(failedLog), "no log entry for the refused insert");
        assertEquals(1, logsOf(connection).size());
    }

    @Test
    void refusesADuplicateUserIdAttributeValue() {
        Connection connection = newConnection();
        inserted(connection, "alice", "ext-1");
        User template = user(connection, "bob", "ext-2");
        User sameKey = new User(template.id(), connection.id(), template.attributes(), template.identities(),
                UserKeys.of("bob", "EXT-1"), template.createdAt(), template.updatedAt(), 1);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> users().insert(sameKey, log(connection, sameKey.id().value())));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.empty(), users().findById(sameKey.id()));
    }

    @Test
    void refusesADuplicateUserId() {
        Connection connection = newConnection();
        User alice = inserted(connection, "alice", "ext-1");
        User sameId = new User(alice.id(), connection.id(), alice.attributes(), alice.identities(),
                UserKeys.of("someone-else", "ext-else"), now(), now(), 1);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> users().insert(sameId, log(connection, alice.id().value())));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.of(alice), users().findById(alice.id()));
    }

    @Test
    void theSameKeysAreFineInAnotherConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User alice = inserted(connection, "alice", "ext-alice");

        User otherAlice = inserted(other, "alice", "ext-alice");

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
                users().insert(user, entry);
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
    void concurrentCreatesOfDifferentUsersAllSucceed() throws InterruptedException {
        Connection connection = newConnection();
        List<Callable<User>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            User user = user(connection, "user" + i, "ext-" + i);
            creates.add(() -> {
                users().insert(user, log(connection, user.id().value()));
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
    void updateReplacesTheUserAndWritesItsLog() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        User updated = changed(user);
        LogEntry entry = log(connection, user.id().value());

        users().update(updated, entry);

        assertEquals(Optional.of(updated), users().findById(user.id()));
        assertEquals(2, updated.version());
        assertEquals(entry, logsOf(connection).getFirst());
    }

    @Test
    void updateMovesTheUniqueKeys() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        users().update(changed(user), log(connection, user.id().value()));

        User newcomer = inserted(connection, "alice", "ext-alice-2");

        assertEquals(Optional.of(newcomer), users().findById(newcomer.id()));
    }

    @Test
    void updateWithAStaleVersionFailsAndChangesNothing() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        User first = changed(user);
        users().update(first, log(connection, user.id().value()));
        User stale = user.replaced(user.attributes().with("nickname", ScimBoolean.TRUE), user.keys(), now());
        LogEntry failedLog = log(connection, user.id().value());

        assertThrows(PreconditionFailedException.class, () -> users().update(stale, failedLog));

        assertEquals(Optional.of(first), users().findById(user.id()));
        assertFalse(logsOf(connection).contains(failedLog), "no log entry for the refused update");
    }

    @Test
    void updateOfAMissingUserIsNotFound() {
        Connection connection = newConnection();
        User never = user(connection, "ghost", "ext-ghost");
        LogEntry failedLog = log(connection, never.id().value());

        assertThrows(NotFoundException.class, () -> users().update(changed(never), failedLog));

        assertEquals(Optional.empty(), users().findById(never.id()));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void updateOfAUserOfAnotherConnectionIsNotFound() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        User moved = changed(user);
        User foreign = new User(moved.id(), other.id(), moved.attributes(), moved.identities(), moved.keys(),
                moved.createdAt(), moved.updatedAt(), moved.version());

        assertThrows(NotFoundException.class, () -> users().update(foreign, log(other, user.id().value())));

        assertEquals(Optional.of(user), users().findById(user.id()));
    }

    @Test
    void updateToATakenUserNameIsAUniquenessConflictAndChangesNothing() {
        Connection connection = newConnection();
        inserted(connection, "alice", "ext-alice");
        User bob = inserted(connection, "bob", "ext-bob");
        User clash = bob.replaced(bob.attributes(), UserKeys.of("Alice", "ext-bob"), now());
        LogEntry failedLog = log(connection, bob.id().value());

        ConflictException conflict = assertThrows(ConflictException.class, () -> users().update(clash, failedLog));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.of(bob), users().findById(bob.id()));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void concurrentUpdatesOfOneVersionHaveExactlyOneWinner() throws InterruptedException {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        List<Callable<User>> updates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            User next = user.replaced(user.attributes().with("given_name",
                    ScimValue.of("Writer " + i)), user.keys(), now());
            updates.add(() -> {
                users().update(next, log(connection, user.id().value()));
                return next;
            });
        }

        List<Outcome<User>> outcomes = concurrently(updates);

        List<Outcome<User>> winners = outcomes.stream().filter(Outcome::succeeded).toList();
        assertEquals(1, winners.size(), () -> "exactly one winner: " + outcomes);
        assertTrue(outcomes.stream().filter(o -> !o.succeeded())
                .allMatch(o -> o.failure() instanceof PreconditionFailedException), () -> outcomes.toString());
        assertEquals(Optional.of(winners.getFirst().value()), users().findById(user.id()));
    }

    @Test
    void deleteWithTheCurrentVersionRemovesTheUserAndWritesItsLog() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        LogEntry entry = log(connection, user.id().value());

        users().delete(connection.id(), user.id(), user.version(), entry);

        assertEquals(Optional.empty(), users().findById(user.id()));
        assertEquals(entry, logsOf(connection).getFirst());
    }

    @Test
    void deleteWithAStaleVersionFailsAndKeepsTheUser() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        LogEntry failedLog = log(connection, user.id().value());

        assertThrows(PreconditionFailedException.class,
                () -> users().delete(connection.id(), user.id(), user.version() + 1, failedLog));

        assertEquals(Optional.of(user), users().findById(user.id()));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void deleteOfAMissingUserIsNotFound() {
        Connection connection = newConnection();
        UserId ghost = user(connection, "ghost", "ext-ghost").id();

        assertThrows(NotFoundException.class,
                () -> users().delete(connection.id(), ghost, 1, log(connection, ghost.value())));
    }

    @Test
    void deleteOfAUserOfAnotherConnectionIsNotFound() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User user = inserted(connection, "alice", "ext-alice");

        assertThrows(NotFoundException.class,
                () -> users().delete(other.id(), user.id(), user.version(), log(other, user.id().value())));

        assertEquals(Optional.of(user), users().findById(user.id()));
    }

    @Test
    void aDeletedUsersKeysCanBeReused() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");
        users().delete(connection.id(), user.id(), user.version(), log(connection, user.id().value()));

        User again = inserted(connection, "alice", "ext-alice");

        assertEquals(Optional.of(again), users().findById(user.id()));
    }

    @Test
    void managementDeleteRemovesAUserOfAnyConnection() {
        Connection connection = newConnection();
        User user = inserted(connection, "alice", "ext-alice");

        assertTrue(users().delete(user.id()));

        assertEquals(Optional.empty(), users().findById(user.id()));
        assertFalse(users().delete(user.id()));
    }

    private static ConflictException assertConflict(Throwable failure) {
        return assertInstanceOf(ConflictException.class, failure,
                () -> "a loser fails with ConflictException, not " + failure);
    }
}
