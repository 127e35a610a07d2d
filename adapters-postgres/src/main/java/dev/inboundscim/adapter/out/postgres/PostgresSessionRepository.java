package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.session.LogoutNotice;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.UserId;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sessions, refresh tokens, the deprovisioning queue and logout notices. Ending a user's sessions is one
 * transaction; queued deprovisionings are taken with {@code FOR UPDATE SKIP LOCKED}, so two processes never end the
 * same user's sessions twice.
 */
final class PostgresSessionRepository implements SessionRepository {

    private static final String NOTICE_COLUMNS = "notice_id, user_id, session_id, client_id, created_at, attempts, "
            + "next_attempt_at, last_error, to_json(delivered)::text AS delivered";

    private final Db db;

    PostgresSessionRepository(Db db) {
        this.db = db;
    }

    @Override
    public void recordLogin(Session session, RefreshToken refreshToken) {
        db.inTransaction(tx -> {
            Db.dml(tx, "INSERT INTO user_sessions (session_id, user_id, client_id, created_at, last_login_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET user_id = EXCLUDED.user_id, "
                    + "client_id = COALESCE(EXCLUDED.client_id, user_sessions.client_id), "
                    + "last_login_at = EXCLUDED.last_login_at",
                    Db.params(session.id(), session.userId().value(), session.clientId(),
                            Rows.timestamp(session.createdAt()), Rows.timestamp(session.lastLoginAt())));
            if (refreshToken != null) {
                Db.dml(tx, "INSERT INTO refresh_tokens (token_id, user_id, client_id, session_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (token_id) DO NOTHING",
                        Db.params(refreshToken.id(), refreshToken.userId().value(), refreshToken.clientId(),
                                refreshToken.sessionId(), Rows.timestamp(refreshToken.createdAt())));
            }
            return null;
        });
    }

    @Override
    public List<Session> sessions(UserId userId) {
        return Db.query(db.execute(), "SELECT session_id, user_id, client_id, created_at, last_login_at "
                + "FROM user_sessions WHERE user_id = ? ORDER BY created_at, session_id", row -> new Session(
                Rows.string(row, "session_id"), new UserId(Rows.string(row, "user_id")),
                Rows.string(row, "client_id"), Rows.instant(row, "created_at"), Rows.instant(row, "last_login_at")),
                List.of(userId.value()));
    }

    @Override
    public List<RefreshToken> refreshTokens(UserId userId) {
        return Db.query(db.execute(), "SELECT token_id, user_id, client_id, session_id, created_at "
                + "FROM refresh_tokens WHERE user_id = ? ORDER BY created_at, token_id", row -> new RefreshToken(
                Rows.string(row, "token_id"), new UserId(Rows.string(row, "user_id")), Rows.string(row, "client_id"),
                Rows.string(row, "session_id"), Rows.instant(row, "created_at")), List.of(userId.value()));
    }

    @Override
    public int revokeRefreshTokens(UserId userId) {
        return (int) Db.dml(db.execute(), "DELETE FROM refresh_tokens WHERE user_id = ?", List.of(userId.value()));
    }

    @Override
    public List<LogoutNotice> endSessions(UserId userId, Instant now) {
        return db.inTransaction(tx -> end(tx, userId, now));
    }

    /** In {@code tx}: sessions and refresh tokens go, one notice per session (or one without) is queued. */
    private static List<LogoutNotice> end(DbExecute tx, UserId userId, Instant now) {
        List<String[]> ended = Db.query(tx, "DELETE FROM user_sessions WHERE user_id = ? RETURNING session_id, "
                + "client_id", row -> new String[] {Rows.string(row, "session_id"), Rows.string(row, "client_id")},
                List.of(userId.value()));
        Db.dml(tx, "DELETE FROM refresh_tokens WHERE user_id = ?", List.of(userId.value()));
        List<LogoutNotice> notices = new ArrayList<>();
        if (ended.isEmpty()) {
            notices.add(notice(userId, null, null, now));
        }
        ended.forEach(session -> notices.add(notice(userId, session[0], session[1], now)));
        notices.forEach(notice -> queue(tx, notice));
        return notices;
    }

    @Override
    public int endSessionsOfConnection(Connection connection, Instant now) {
        return db.inTransaction(tx -> {
            // The connection's users from user_connections, which is keyed by user id as the sessions are.
            List<String[]> ended = Db.query(tx, "DELETE FROM user_sessions s USING user_connections u "
                    + "WHERE u.user_id = s.user_id AND u.connection_id = ? AND u.held_until IS NULL "
                    + "RETURNING s.session_id, s.user_id, s.client_id",
                    row -> new String[] {Rows.string(row, "session_id"), Rows.string(row, "user_id"),
                            Rows.string(row, "client_id")}, List.of(connection.id().value()));
            Db.dml(tx, "DELETE FROM refresh_tokens r USING user_connections u WHERE u.user_id = r.user_id "
                    + "AND u.connection_id = ? AND u.held_until IS NULL", List.of(connection.id().value()));
            for (String[] session : ended) {
                queue(tx, notice(new UserId(session[1]), session[0], session[2], now));
            }
            return ended.size();
        });
    }

    private static void queue(DbExecute tx, LogoutNotice notice) {
        Db.dml(tx, "INSERT INTO logout_notices (notice_id, user_id, session_id, client_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", Db.params(notice.id(), notice.userId().value(), notice.sessionId(),
                notice.clientId(), Rows.timestamp(notice.createdAt())));
    }

    private static LogoutNotice notice(UserId userId, String sessionId, String clientId, Instant now) {
        return new LogoutNotice(RandomIds.alphanumeric("lgo_", 16), userId, sessionId, clientId, now, 0, null, null,
                Set.of());
    }

    @Override
    public int processDeprovisionings(int limit, Instant now) {
        int processed = 0;
        for (; processed < limit; processed++) {
            boolean took = db.inTransaction(tx -> {
                Optional<String[]> taken = Db.first(tx, "DELETE FROM deprovisionings WHERE log_id = (SELECT log_id "
                        + "FROM deprovisionings ORDER BY seq FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING user_id, log_id",
                        row -> new String[] {Rows.string(row, "user_id"), Rows.string(row, "log_id")}, List.of());
                taken.ifPresent(row -> end(tx, new UserId(row[0]), LogoutNotice.endedAt(row[1], now)));
                return taken.isPresent();
            });
            if (!took) {
                break;
            }
        }
        return processed;
    }

    @Override
    public List<LogoutNotice> claimNotices(String owner, Instant now, Duration lease, int limit) {
        return Db.query(db.execute(), "UPDATE logout_notices SET lease_owner = ?, lease_until = ? WHERE notice_id IN "
                + "(SELECT notice_id FROM logout_notices WHERE (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at NULLS FIRST, seq LIMIT ? "
                + "FOR UPDATE SKIP LOCKED) "
                + "RETURNING " + NOTICE_COLUMNS, PostgresSessionRepository::notice,
                List.of(owner, Rows.timestamp(now.plus(lease)), Rows.timestamp(now), Rows.timestamp(now), limit));
    }

    @Override
    public void noticeDelivered(String noticeId, String target) {
        Db.dml(db.execute(), "UPDATE logout_notices SET delivered = array_append(delivered, ?) WHERE notice_id = ? "
                + "AND NOT (? = ANY (delivered))", List.of(target, noticeId, target));
    }

    @Override
    public void completeNotice(String noticeId) {
        Db.dml(db.execute(), "DELETE FROM logout_notices WHERE notice_id = ?", List.of(noticeId));
    }

    @Override
    public void noticeFailed(String noticeId, int attempts, Instant nextAttemptAt, String error) {
        Db.dml(db.execute(), "UPDATE logout_notices SET attempts = ?, next_attempt_at = ?, last_error = ?, "
                + "lease_owner = NULL, lease_until = NULL WHERE notice_id = ?",
                Db.params(attempts, Rows.timestamp(nextAttemptAt), error, noticeId));
    }

    @Override
    public long pendingNotices() {
        return Db.first(db.execute(), "SELECT count(*) AS n FROM logout_notices", row -> Rows.longValue(row, "n"),
                List.of()).orElse(0L);
    }

    @Override
    public List<LogoutNotice> notices(UserId userId) {
        return Db.query(db.execute(), "SELECT " + NOTICE_COLUMNS
                + " FROM logout_notices WHERE user_id = ? ORDER BY seq",
                PostgresSessionRepository::notice, List.of(userId.value()));
    }

    private static LogoutNotice notice(DbRow row) {
        return new LogoutNotice(Rows.string(row, "notice_id"), new UserId(Rows.string(row, "user_id")),
                Rows.string(row, "session_id"), Rows.string(row, "client_id"), Rows.instant(row, "created_at"),
                row.column("attempts").get(Integer.class), Rows.instant(row, "next_attempt_at"),
                Rows.string(row, "last_error"), new HashSet<>(Rows.jsonStrings(row, "delivered")));
    }
}
