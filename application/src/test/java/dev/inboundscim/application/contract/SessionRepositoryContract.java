package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.session.LogoutNotice;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.signing.SigningKey;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SessionRepository} must have, with the clients and signing keys beside it: sessions and
 * refresh tokens, ending them with queued logout notices, the deprovisioning queue filled by user writes, leases on
 * notices, and one current signing key.
 */
public abstract class SessionRepositoryContract extends ContractSupport {

    private SessionRepository sessions() {
        return repositories().sessions();
    }

    private static Session session(User user, String id, String clientId) {
        Instant now = now();
        return new Session(id + "-" + unique(""), user.id(), clientId, now, now);
    }

    private static LogEntry event(LogType type, User user) {
        Instant now = now();
        return new LogEntry(LOG_IDS.next(now), type, now, user.connectionId().value(), "event", null, null,
                user.id().value(), ScimObject.EMPTY);
    }

    private List<LogoutNotice> noticesAfterProcessing(UserId user) {
        while (sessions().processDeprovisionings(100, now()) == 100) {
            // drain
        }
        return sessions().notices(user);
    }

    @Test
    void keepsSessionsAndRefreshTokensPerUser() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "ada", "ext-ada");
        Session first = session(user, "s1", "client-a");
        sessions().recordLogin(first, new RefreshToken("rt-" + unique(""), user.id(), "client-a", first.id(), now()));
        Instant later = now();
        sessions().recordLogin(new Session(first.id(), user.id(), null, later, later), null);

        List<Session> stored = sessions().sessions(user.id());
        assertEquals(1, stored.size(), "a repeated session id moves its last login");
        assertEquals(first.createdAt(), stored.getFirst().createdAt());
        assertEquals(later, stored.getFirst().lastLoginAt());
        assertEquals("client-a", stored.getFirst().clientId(), "a login without a client keeps the known one");
        assertEquals(1, sessions().refreshTokens(user.id()).size());
        assertEquals(1, sessions().revokeRefreshTokens(user.id()));
        assertEquals(List.of(), sessions().refreshTokens(user.id()));
    }

    @Test
    void endingSessionsQueuesOneNoticePerSessionAndRevokesRefreshTokens() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "bob", "ext-bob");
        Session a = session(user, "a", "client-a");
        Session b = session(user, "b", null);
        sessions().recordLogin(a, new RefreshToken("rt-" + unique(""), user.id(), "client-a", a.id(), now()));
        sessions().recordLogin(b, null);

        List<LogoutNotice> queued = sessions().endSessions(user.id(), now());

        assertEquals(Set.of(a.id(), b.id()), Set.copyOf(queued.stream().map(LogoutNotice::sessionId).toList()));
        assertEquals(List.of(), sessions().sessions(user.id()));
        assertEquals(List.of(), sessions().refreshTokens(user.id()));
        assertEquals(2, sessions().notices(user.id()).size());
        LogoutNotice forA = sessions().notices(user.id()).stream().filter(n -> a.id().equals(n.sessionId()))
                .findFirst().orElseThrow();
        assertEquals("client-a", forA.clientId());
    }

    @Test
    void endingTheSessionsOfAUserWithNoneQueuesANoticeForEveryClient() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "cy", "ext-cy");

        List<LogoutNotice> queued = sessions().endSessions(user.id(), now());

        assertEquals(1, queued.size());
        assertNull(queued.getFirst().sessionId());
        assertNull(queued.getFirst().clientId());
    }

    @Test
    void endingAConnectionsSessionsLeavesUsersWithoutSessionsAndOtherConnectionsAlone() {
        Connection connection = newConnection();
        Connection other = newConnection();
        User a = insertedUser(connection, "ca", "ext-ca");
        User b = insertedUser(connection, "cb", "ext-cb");
        User quiet = insertedUser(connection, "cq", "ext-cq");
        User elsewhere = insertedUser(other, "ce", "ext-ce");
        sessions().recordLogin(session(a, "a1", "client-a"), new RefreshToken("rt-" + unique(""), a.id(), null, null,
                now()));
        sessions().recordLogin(session(a, "a2", null), null);
        sessions().recordLogin(session(b, "b1", "client-b"), null);
        sessions().recordLogin(session(elsewhere, "e1", "client-e"), null);

        assertEquals(3, sessions().endSessionsOfConnection(connection, now()));

        assertEquals(List.of(), sessions().sessions(a.id()));
        assertEquals(List.of(), sessions().refreshTokens(a.id()));
        assertEquals(2, sessions().notices(a.id()).size());
        assertEquals(1, sessions().notices(b.id()).size());
        assertEquals(List.of(), sessions().notices(quiet.id()), "no session: nobody to tell");
        assertEquals(1, sessions().sessions(elsewhere.id()).size());
        assertEquals(List.of(), sessions().notices(elsewhere.id()));
    }

    @Test
    void aDeactivationOrDeletionStoredWithTheUserWriteEndsItsSessions() {
        Connection connection = newConnection();
        User deactivated = insertedUser(connection, "dee", "ext-dee");
        User deleted = insertedUser(connection, "del", "ext-del");
        User untouched = insertedUser(connection, "unt", "ext-unt");
        sessions().recordLogin(session(deactivated, "d", "client-d"), null);
        sessions().recordLogin(session(deleted, "x", "client-x"), null);
        sessions().recordLogin(session(untouched, "u", "client-u"), null);

        repositories().users().update(updating(changed(deactivated), List.of(log(connection, deactivated.id().value()),
                event(LogType.USER_DEACTIVATED, deactivated))));
        repositories().users().delete(deleting(connection.id(), deleted.id(), 1, List.of(log(connection,
                deleted.id().value()), event(LogType.USER_DELETED, deleted))));

        assertEquals(1, noticesAfterProcessing(deactivated.id()).size());
        assertEquals("client-d", sessions().notices(deactivated.id()).getFirst().clientId());
        assertEquals(List.of(), sessions().sessions(deactivated.id()));
        assertEquals(1, noticesAfterProcessing(deleted.id()).size());
        assertEquals(1, sessions().sessions(untouched.id()).size(), "other users keep their sessions");
        assertEquals(List.of(), sessions().notices(untouched.id()));
        assertEquals(0, sessions().processDeprovisionings(100, now()), "each deprovisioning runs once");
        assertEquals(1, sessions().notices(deactivated.id()).size());
    }

    @Test
    void aDeprovisioningProcessedLateIsDatedByItsWrite() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "late", "ext-late");
        LogEntry deactivation = event(LogType.USER_DEACTIVATED, user);
        repositories().users().update(updating(changed(user), List.of(log(connection, user.id().value()),
                deactivation)));

        // Processed an hour after the write (every process was down meanwhile).
        Instant later = deactivation.date().plus(Duration.ofHours(1));
        while (sessions().processDeprovisionings(100, later) == 100) {
            // drain
        }

        List<LogoutNotice> notices = sessions().notices(user.id());
        assertEquals(1, notices.size());
        Instant dated = notices.getFirst().createdAt();
        assertFalse(dated.isBefore(deactivation.date()), dated + " before the write at " + deactivation.date());
        assertTrue(dated.isBefore(deactivation.date().plusSeconds(1)), dated + ", the write at "
                + deactivation.date() + ": a client registered since then had none of the user's sessions");
    }

    @Test
    void aFailedWriteQueuesNothing() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "fw", "ext-fw");
        sessions().recordLogin(session(user, "f", "client-f"), null);
        User stale = user.replaced(user.attributes(), user.keys(), now());
        repositories().users().update(updating(stale, log(connection, user.id().value())));

        try {
            repositories().users().update(updating(stale, List.of(log(connection, user.id().value()),
                    event(LogType.USER_DEACTIVATED, user))));
        } catch (RuntimeException expected) {
            // Lost the version race: nothing stored, nothing queued.
        }

        assertEquals(List.of(), noticesAfterProcessing(user.id()));
        assertEquals(1, sessions().sessions(user.id()).size());
    }

    @Test
    void noticesAreLeasedToOneOwnerAndRememberWhereTheyWereDelivered() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "nl", "ext-nl");
        sessions().recordLogin(session(user, "n", "client-n"), null);
        LogoutNotice notice = sessions().endSessions(user.id(), now()).getFirst();
        Instant now = now();

        assertTrue(claimed(sessions().claimNotices("proc_a", now, Duration.ofSeconds(30), 10_000), notice));
        assertFalse(claimed(sessions().claimNotices("proc_b", now, Duration.ofSeconds(30), 10_000), notice));

        sessions().noticeDelivered(notice.id(), "client-n https://a.example.com/logout");
        sessions().noticeDelivered(notice.id(), "client-n https://a.example.com/logout");
        sessions().noticeFailed(notice.id(), 1, now.plusSeconds(60), "HTTP 503 from b.example.com");
        assertFalse(claimed(sessions().claimNotices("proc_b", now.plusSeconds(1), Duration.ofSeconds(30), 10_000),
                notice), "not before its next attempt");
        LogoutNotice retried = sessions().claimNotices("proc_b", now.plusSeconds(61), Duration.ofSeconds(30), 10_000)
                .stream().filter(n -> n.id().equals(notice.id())).findFirst().orElseThrow();
        assertEquals(1, retried.attempts());
        assertEquals(Set.of("client-n https://a.example.com/logout"), retried.delivered());
        assertEquals("HTTP 503 from b.example.com", retried.lastError());

        sessions().completeNotice(notice.id());
        assertEquals(List.of(), sessions().notices(user.id()));
    }

    @Test
    void theBacklogCountsTheNoticesStillOwed() {
        Connection connection = newConnection();
        User user = insertedUser(connection, "bl", "ext-bl");
        sessions().recordLogin(session(user, "b1", "client-b"), null);
        sessions().recordLogin(session(user, "b2", null), null);
        long before = sessions().pendingNotices();

        List<LogoutNotice> queued = sessions().endSessions(user.id(), now());
        assertEquals(before + 2, sessions().pendingNotices());
        sessions().noticeDelivered(queued.getFirst().id(), "client-b https://b.example.com/logout");
        assertEquals(before + 2, sessions().pendingNotices(), "a notice partly delivered is still owed");

        queued.forEach(notice -> sessions().completeNotice(notice.id()));
        assertEquals(before, sessions().pendingNotices());
    }

    private static boolean claimed(List<LogoutNotice> notices, LogoutNotice notice) {
        return notices.stream().anyMatch(n -> n.id().equals(notice.id()));
    }

    @Test
    void clientsRoundTripAndUpdateOnTheirVersion() {
        Client client = Client.create("app " + unique(""), List.of(URI.create("https://app.example.com/bcl")),
                now());
        repositories().clients().insert(client);
        assertEquals(client, repositories().clients().findById(client.id()).orElseThrow());
        assertTrue(repositories().clients().list().contains(client));

        Client renamed = client.with("renamed", List.of(), now());
        repositories().clients().update(renamed);
        assertEquals(renamed, repositories().clients().findById(client.id()).orElseThrow());
        try {
            repositories().clients().update(client.with("stale", List.of(), now()));
            throw new AssertionError("a stale version must not be stored");
        } catch (PreconditionFailedException expected) {
            assertEquals(renamed, repositories().clients().findById(client.id()).orElseThrow());
        }
        assertTrue(repositories().clients().delete(client.id()));
        assertFalse(repositories().clients().delete(client.id()));
    }

    @Test
    void oneSigningKeyIsCurrentRotationKeepsThePreviousPublished() {
        SigningKey first = repositories().signingKeys().insertIfNoCurrent(SigningKey.generate(now()));
        assertEquals(first, repositories().signingKeys().insertIfNoCurrent(SigningKey.generate(now())),
                "a second first start keeps the key the first one stored");
        assertEquals(first.kid(), repositories().signingKeys().current().orElseThrow().kid());

        SigningKey next = SigningKey.generate(now());
        repositories().signingKeys().rotate(next, now());

        assertEquals(next.kid(), repositories().signingKeys().current().orElseThrow().kid());
        SigningKey previous = repositories().signingKeys().list().stream().filter(k -> k.kid().equals(first.kid()))
                .findFirst().orElseThrow();
        assertEquals(SigningKey.Status.PREVIOUS, previous.status());
        assertEquals(first.rsaPublicKey(), previous.rsaPublicKey());
        assertFalse(repositories().signingKeys().revoke(next.kid(), now()), "the current key cannot be revoked");
        assertTrue(repositories().signingKeys().revoke(first.kid(), now()));
        assertFalse(repositories().signingKeys().list().stream().filter(k -> k.kid().equals(first.kid()))
                .findFirst().orElseThrow().isPublished());
    }
}
