package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * How every {@link UserRepository} guards updates and deletes with the stored version (optimistic concurrency),
 * storing the change and its log entry together or neither.
 */
public abstract class UserVersioningContract extends ContractSupport {

    private UserRepository users() {
        return repositories().users();
    }

    @Test
    void updateReplacesTheUserAndWritesItsLog() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        User updated = changed(user);
        LogEntry entry = log(connection, user.id().value());

        users().update(updating(updated, entry));

        assertEquals(Optional.of(updated), users().findById(user.id()));
        assertEquals(2, updated.version());
        assertEquals(entry, logsOf(connection).getFirst());
    }

    @Test
    void updateMovesTheUniqueKeys() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        users().update(updating(changed(user), log(connection, user.id().value())));

        User newcomer = insertedUser(connection, "alice", "ext-alice-2");

        assertEquals(Optional.of(newcomer), users().findById(newcomer.id()));
    }

    @Test
    void updateWithAStaleVersionFailsAndChangesNothing() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        User first = changed(user);
        users().update(updating(first, log(connection, user.id().value())));
        User stale = user.replaced(user.attributes().with("nickname", ScimBoolean.TRUE), user.keys(), now());
        LogEntry failedLog = log(connection, user.id().value());

        assertThrows(PreconditionFailedException.class, () -> users().update(updating(stale, failedLog)));

        assertEquals(Optional.of(first), users().findById(user.id()));
        assertFalse(logsOf(connection).contains(failedLog), "no log entry for the refused update");
    }

    @Test
    void updateOfAMissingUserIsNotFound() {
        Connection connection = newConnection();
        User never = user(connection, "ghost", "ext-ghost");
        LogEntry failedLog = log(connection, never.id().value());

        assertThrows(NotFoundException.class, () -> users().update(updating(changed(never), failedLog)));

        assertEquals(Optional.empty(), users().findById(never.id()));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void updateOfAUserOfAnotherConnectionIsNotFound() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        User moved = changed(user);
        User foreign = new User(moved.id(), other.id(), moved.attributes(), moved.identities(), moved.keys(),
                moved.createdAt(), moved.updatedAt(), moved.version());

        assertThrows(NotFoundException.class, () -> users().update(updating(foreign, log(other, user.id().value()))));

        assertEquals(Optional.of(user), users().findById(user.id()));
    }

    @Test
    void updateToATakenUserNameIsAUniquenessConflictAndChangesNothing() {
        Connection connection = newConnection();
        insertedUser(connection, "alice", "ext-alice");
        User bob = insertedUser(connection, "bob", "ext-bob");
        User clash = bob.replaced(bob.attributes(), UserKeys.of("Alice", "ext-bob"), now());
        LogEntry failedLog = log(connection, bob.id().value());

        ConflictException conflict = assertThrows(ConflictException.class, () -> users().update(updating(clash,
                failedLog)));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertEquals(Optional.of(bob), users().findById(bob.id()));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void concurrentUpdatesOfOneVersionHaveExactlyOneWinner() throws InterruptedException {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        List<Callable<User>> updates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            User next = user.replaced(user.attributes().with("given_name",
                    ScimValue.of("Writer " + i)), user.keys(), now());
            updates.add(() -> {
                users().update(updating(next, log(connection, user.id().value())));
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
        User user = insertedUser(connection, "alice", "ext-alice");
        LogEntry entry = log(connection, user.id().value());

        users().delete(deleting(connection.id(), user.id(), user.version(), entry));

        assertEquals(Optional.empty(), users().findById(user.id()));
        assertEquals(entry, logsOf(connection).getFirst());
    }

    @Test
    void deleteWithAStaleVersionFailsAndKeepsTheUser() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        LogEntry failedLog = log(connection, user.id().value());

        assertThrows(PreconditionFailedException.class,
                () -> users().delete(deleting(connection.id(), user.id(), user.version() + 1, failedLog)));

        assertEquals(Optional.of(user), users().findById(user.id()));
        assertFalse(logsOf(connection).contains(failedLog));
    }

    @Test
    void deleteOfAMissingUserIsNotFound() {
        Connection connection = newConnection();
        UserId ghost = user(connection, "ghost", "ext-ghost").id();

        assertThrows(NotFoundException.class,
                () -> users().delete(deleting(connection.id(), ghost, 1, log(connection, ghost.value()))));
    }

    @Test
    void deleteOfAUserOfAnotherConnectionIsNotFound() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");

        assertThrows(NotFoundException.class,
                () -> users().delete(deleting(other.id(), user.id(), user.version(), log(other, user.id().value()))));

        assertEquals(Optional.of(user), users().findById(user.id()));
    }

    @Test
    void aDeletedUsersKeysCanBeReused() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "alice", "ext-alice");
        users().delete(deleting(connection.id(), user.id(), user.version(), log(connection, user.id().value())));

        User again = insertedUser(connection, "alice", "ext-alice");

        assertEquals(Optional.of(again), users().findById(user.id()));
    }
}
