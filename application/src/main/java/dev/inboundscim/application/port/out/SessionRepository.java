package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.session.LogoutNotice;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Users' sessions and refresh tokens, and the back-channel logouts still owed to clients.
 *
 * <p>Ending a user's sessions is one step: its sessions and refresh tokens go, and a {@link LogoutNotice} is queued
 * for each session (or one without a session when it had none), all together or not at all. Deprovisioning
 * ({@code user.deactivated} and {@code user.deleted} log entries) is queued by the log store in the same atomic step
 * as the user write; {@link #processDeprovisionings} turns queued ones into ended sessions.
 */
public interface SessionRepository {

    /** Records a login: the session is created or its last login moved; the refresh token, if any, is kept. */
    void recordLogin(Session session, RefreshToken refreshToken);

    List<Session> sessions(UserId userId);

    List<RefreshToken> refreshTokens(UserId userId);

    /** Deletes the user's refresh tokens; how many there were. */
    int revokeRefreshTokens(UserId userId);

    /** Ends every session of the user as described above; the notices queued. */
    List<LogoutNotice> endSessions(UserId userId, Instant now);

    /**
     * Ends, as {@link #endSessions} does, the sessions of every user of {@code connection} that has any (users
     * without a session are left alone: no notice to every client for each of them); how many sessions ended.
     */
    int endSessionsOfConnection(Connection connection, Instant now);

    /**
     * Takes up to {@code limit} queued deprovisionings, oldest first, and ends the sessions of each one's user, each
     * in its own atomic step with its removal from the queue; a deprovisioning taken by another process is skipped.
     * Returns how many were processed.
     */
    int processDeprovisionings(int limit, Instant now);

    /**
     * Leases up to {@code limit} notices whose next attempt is due and that no other owner holds, for {@code lease}:
     * those never attempted first, then the retries by when they fell due, so a backlog of notices to endpoints that
     * keep failing never holds up a new logout.
     */
    List<LogoutNotice> claimNotices(String owner, Instant now, Duration lease, int limit);

    /** Notes that {@code target} acknowledged the notice. */
    void noticeDelivered(String noticeId, String target);

    /** Removes a notice every target acknowledged. */
    void completeNotice(String noticeId);

    /** Records a failed attempt and releases the lease. */
    void noticeFailed(String noticeId, int attempts, Instant nextAttemptAt, String error);

    /** Notices still queued for the user (for the Management API and tests). */
    /** How many logout notices are still owed to some receiver, across all users ({@code logout_backlog}). */
    long pendingNotices();

    List<LogoutNotice> notices(UserId userId);
}
