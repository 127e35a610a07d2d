package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchAll;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import dev.inboundscim.domain.user.UserQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * How every {@link UserRepository} keeps soft-deleted users (SPEC §10): hidden from every user read with their keys
 * free, restored once however many requests race, purged in batches once their window has closed.
 */
public abstract class SoftDeletedUserContract extends ContractSupport {

    private static final Duration WINDOW = Duration.ofDays(30);

    private UserRepository users() {
        return repositories().users();
    }

    @Test
    void aSoftDeletedUserIsFoundByNoUserReadAndFreesItsKeys() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        User bob = insertedUser(connection, "bob", "ext-bob");

        softDelete(alice);

        assertEquals(Optional.empty(), users().findById(connection.id(), alice.id()));
        assertEquals(Optional.empty(), users().findById(alice.id()));
        assertEquals(Optional.empty(), users().findWithGroups(connection.id(), alice.id()));
        assertEquals(List.of(bob), users().search(connection.id(), new MatchAll(), null, 0, 10)
                .items());
        assertEquals(1, users().search(connection.id(), new MatchAll(), null, 0, 10).total());
        assertEquals(1, users().list(connection.id(), UserQuery.ALL, 0, 10).total());
        assertEquals(0, users().list(connection.id(), new UserQuery(List.of("alice"), null, null, null), 0, 10)
                .total(), "the Management API's text search does not find it");
        User sameKeysOtherId = new User(new UserId("okta|" + connection.name().value() + "|other"), connection.id(),
                alice.attributes(), List.of(), UserKeys.of("ALICE", "EXT-ALICE"), now(), now(), 1);
        users().insert(inserting(sameKeysOtherId, log(connection, sameKeysOtherId.id().value())));
        assertEquals(Optional.of(sameKeysOtherId), users().findById(sameKeysOtherId.id()));
    }

    @Test
    void aSoftDeletedUserKeepsItsId() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        softDelete(alice);
        User sameId = new User(alice.id(), connection.id(), alice.attributes(), alice.identities(),
                UserKeys.of("someone-else", "ext-else"), now(), now(), 1);
        LogEntry refused = log(connection, alice.id().value());

        assertInstanceOf(ConflictException.class, assertThrows(RuntimeException.class,
                () -> users().insert(inserting(sameId, refused))));
        assertFalse(logsOf(connection).contains(refused));
        assertTrue(users().isSoftDeleted(connection.id(), alice.id(), now()));
        assertFalse(users().isSoftDeleted(newConnection().id(), alice.id(), now()), "another connection's id");
        assertFalse(users().isSoftDeleted(connection.id(), insertedUser(connection, "bob", "ext-bob").id(), now()),
                "a live user");
    }

    @Test
    void theSoftDeleteStoresTheBlockedVersionItsWindowAndItsEntries() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        Instant deletedAt = now();
        LogEntry request = log(connection, alice.id().value());
        LogEntry deleted = log(connection, LogType.USER_DELETED, alice.id().value());
        User kept = alice.softDeleted(deletedAt);

        users().softDelete(new UserWrite.SoftDelete(kept, deletedAt.plus(WINDOW), routed(List.of(request, deleted))));

        SoftDeletedUser found = users().findRestorable(connection.id(), "ext-alice", deletedAt).orElseThrow();
        assertEquals(kept, found.user());
        assertEquals(ScimBoolean.TRUE, found.user().attributes().get("blocked").orElseThrow());
        assertEquals(deletedAt, found.deletedAt());
        assertEquals(deletedAt.plus(WINDOW), found.restoreUntil());
        assertTrue(logsOf(connection).containsAll(List.of(request, deleted)));
        assertEquals(List.of(found), users().softDeleted(connection.id(), 0, 10).items());
    }

    @Test
    void theSoftDeleteIsGuardedByTheVersionAndNeedsTheUser() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        User stale = new User(alice.id(), alice.connectionId(), alice.attributes(), alice.identities(), alice.keys(),
                alice.createdAt(), alice.updatedAt(), alice.version() + 1);
        Instant now = now();

        assertThrows(PreconditionFailedException.class, () -> users().softDelete(new UserWrite.SoftDelete(
                stale.softDeleted(now), now.plus(WINDOW), routed(log(connection, alice.id().value())))));
        assertEquals(Optional.of(alice), users().findById(alice.id()));
        softDelete(alice);
        assertThrows(NotFoundException.class, () -> softDelete(alice));
    }

    @Test
    void aSoftDeletedUserLeavesItsGroups() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        User bob = insertedUser(connection, "bob", "ext-bob");
        Group group = insertedGroup(connection, "Engineers", alice, bob);

        softDelete(alice);

        assertEquals(1, groups().findById(group.id()).orElseThrow().memberCount());
        assertEquals(List.of(bob.id()), groups().members(group.id(), null, 10, null).stream()
                .map(GroupMember::userId).toList());
        assertEquals(List.of(), groups().groupsOf(List.of(alice.id())).getOrDefault(alice.id(), List.of()));
    }

    @Test
    void aRestoreBringsTheUserBackUnderItsIdWithItsEntries() {
        Connection connection = newConnection();
        User alice = insertedUser(connection, "alice", "ext-alice");
        long before = users().search(connection.id(), new MatchAll(), null, 0, 10).total();
        SoftDeletedUser kept = softDelete(alice);
        User restored = restoredVersion(kept);
        LogEntry request = log(connection, alice.id().value());
        LogEntry event = log(connection, LogType.USER_RESTORED, alice.id().value());

        assertTrue(users().restore(restoring(restored, request, event)));

        assertEquals(Optional.of(restored), users().findById(connection.id(), alice.id()));
        assertEquals(before, users().search(connection.id(), new MatchAll(), null, 0, 10)
                .total());
        assertEquals(Optional.empty(), users().findRestorable(connection.id(), "ext-alice", now()));
        assertEquals(0, users().softDeleted(connection.id(), 0, 10).total());
        assertTrue(logsOf(connection).containsAll(List.of(request, event)));
        assertFalse(users().restore(restoring(restored, log(connection, alice.id().value()))), "once only");
    }

    @Test
    void concurrentRestoresOfOneUserHaveExactlyOneWinner() throws InterruptedException {
        Connection connection = newConnection();
        User restored = restoredVersion(softDelete(insertedUser(connection, "racer", "ext-racer")));
        List<Callable<Boolean>> restores = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LogEntry entry = log(connection, restored.id().value());
            restores.add(() -> users().restore(restoring(restored, entry)));
        }

        List<Outcome<Boolean>> outcomes = concurrently(restores);

        assertTrue(outcomes.stream().allMatch(Outcome::succeeded), () -> "no restore fails: " + outcomes);
        assertEquals(1, outcomes.stream().filter(Outcome::value).count(), () -> "exactly one restores: " + outcomes);
        assertEquals(1, users().list(connection.id(), UserQuery.ALL, 0, 10).total());
        assertEquals(Optional.of(restored), users().findById(restored.id()));
        assertEquals(3, logsOf(connection).size(), "the insert's, the deletion's and the winner's entries");
    }

    @Test
    void aRestoreOverAKeyALiveUserTookIsAConflictAndKeepsTheUserRestorable() {
        Connection connection = newConnection();
        SoftDeletedUser kept = softDelete(insertedUser(connection, "alice", "ext-alice"));
        insertedUser(connection, "Alice", "ext-other");
        LogEntry refused = log(connection, kept.user().id().value());

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> users().restore(restoring(restoredVersion(kept), refused)));

        assertEquals(Optional.of(ScimType.UNIQUENESS), conflict.scimType());
        assertFalse(logsOf(connection).contains(refused));
        assertEquals(Optional.of(kept), users().findRestorable(connection.id(), "ext-alice", now()));
    }

    @Test
    void noRestoreOnceTheWindowHasClosed() {
        Connection connection = newConnection();
        SoftDeletedUser kept = softDelete(insertedUser(connection, "alice", "ext-alice"));
        Instant closed = kept.restoreUntil();
        User late = kept.user().replaced(kept.user().attributes().without("blocked"), kept.user().keys(), closed);

        assertEquals(Optional.empty(), users().findRestorable(connection.id(), "ext-alice", closed));
        assertFalse(users().isSoftDeleted(connection.id(), kept.user().id(), closed), "the window has closed");
        assertFalse(users().restore(restoring(late, log(connection, late.id().value()))));
        assertEquals(Optional.empty(), users().findById(late.id()));
    }

    @Test
    void onceTheWindowHasClosedACreateMayTakeTheIdBeforeThePurge() {
        Connection connection = newConnection();
        SoftDeletedUser kept = softDelete(insertedUser(connection, "alice", "ext-alice"), Duration.ofMillis(1));
        User template = user(connection, "alice", "ext-alice");
        User again = new User(kept.user().id(), connection.id(), template.attributes(), template.identities(),
                template.keys(), kept.restoreUntil(), kept.restoreUntil(), 1);

        users().insert(inserting(again, log(connection, again.id().value())));

        assertEquals(Optional.of(again), users().findById(again.id()));
        users().purgeSoftDeleted(kept.restoreUntil(), 1000);
        assertEquals(Optional.of(again), users().findById(again.id()), "the purge leaves the new user alone");
    }

    @Test
    void theNewestDeletionOfAValueIsTheOneRestored() {
        Connection connection = newConnection();
        softDelete(insertedUser(connection, "first", "ext-same"));
        User template = user(connection, "second", "ext-same");
        User second = new User(new UserId(template.id().value() + "-2"), connection.id(), template.attributes(),
                template.identities(), template.keys(), template.createdAt(), template.updatedAt(), 1);
        users().insert(inserting(second, log(connection, second.id().value())));
        softDelete(second);

        assertEquals(second.id(), users().findRestorable(connection.id(), "ext-same", now()).orElseThrow().user()
                .id());
        assertEquals(2, users().softDeleted(connection.id(), 0, 10).total());
        assertEquals(second.id(), users().softDeleted(connection.id(), 0, 1).items().getFirst().user().id());
    }

    @Test
    void thePurgeDeletesExpiredUsersInBatchesAndFreesTheirIds() {
        Connection connection = newConnection();
        SoftDeletedUser first = softDelete(insertedUser(connection, "first", "ext-first"), Duration.ofDays(1));
        SoftDeletedUser second = softDelete(insertedUser(connection, "second", "ext-second"), Duration.ofDays(2));
        SoftDeletedUser later = softDelete(insertedUser(connection, "later", "ext-later"), Duration.ofDays(3));
        Instant afterTwo = second.restoreUntil();

        int purged = 0;
        int round;
        do {
            round = users().purgeSoftDeleted(afterTwo, 1);
            assertTrue(round <= 1, "at most the batch size");
            purged += round;
        } while (round > 0 && purged < 10);

        assertTrue(purged >= 2, "both expired users (and perhaps other tests' ones) are purged: " + purged);
        assertEquals(List.of(later), users().softDeleted(connection.id(), 0, 10).items());
        assertEquals(Optional.empty(), users().findRestorable(connection.id(), "ext-first", first.deletedAt()));
        User again = user(connection, "first", "ext-first");
        users().insert(inserting(again, log(connection, again.id().value())));
        assertEquals(Optional.of(again), users().findById(first.user().id()));
    }

    @Test
    void deletingTheConnectionTakesItsSoftDeletedUsers() {
        Connection connection = newConnection();
        softDelete(insertedUser(connection, "alice", "ext-alice"));

        assertTrue(repositories().connections().delete(connection.id()));

        assertEquals(0, users().softDeleted(connection.id(), 0, 10).total());
    }

    private SoftDeletedUser softDelete(User user) {
        return softDelete(user, WINDOW);
    }

    private SoftDeletedUser softDelete(User user, Duration window) {
        Instant deletedAt = now();
        User kept = user.softDeleted(deletedAt);
        users().softDelete(new UserWrite.SoftDelete(kept, deletedAt.plus(window),
                routed(log(connectionOf(user), LogType.USER_DELETED, user.id().value()))));
        return new SoftDeletedUser(kept, deletedAt, deletedAt.plus(window));
    }

    private Connection connectionOf(User user) {
        return repositories().connections().findById(user.connectionId()).orElseThrow();
    }

    /** What a POST of the user makes of it: new attributes, unblocked, the next version. */
    private static User restoredVersion(SoftDeletedUser kept) {
        User user = kept.user();
        return user.replaced(user.attributes().without("blocked").with("given_name", ScimValue.of("Restored")),
                user.keys(), now());
    }

    private UserWrite.Restore restoring(User restored, LogEntry... entries) {
        return new UserWrite.Restore(restored, repositories().organizations().assigning(restored.connectionId()),
                routed(List.of(entries)));
    }
}
