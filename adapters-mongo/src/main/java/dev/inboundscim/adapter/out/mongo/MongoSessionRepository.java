package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.session.LogoutNotice;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Sessions ({@code user_sessions}), refresh tokens, logout notices, and the deprovisioning queue: the
 * {@code user.deactivated}/{@code user.deleted} log documents marked {@link LogDocuments#ENDS_SESSIONS}.
 *
 * <p>Without transactions, ending sessions is a sequence of idempotent steps: notices first (their ids derive from
 * the deprovisioning and the session, so a rerun inserts nothing twice), then the sessions and refresh tokens go,
 * then the mark. A deprovisioning is leased while it runs, so two processes do not run it at once; one left half
 * done by a stopped process is run again when its lease expires.
 */
final class MongoSessionRepository implements SessionRepository {

    private static final Duration DEPROVISION_LEASE = Duration.ofSeconds(30);
    private static final String LEASE = "deprovisionLease";

    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> refreshTokens;
    private final MongoCollection<Document> notices;
    private final MongoCollection<Document> logs;
    private final MongoLogRepository logRepository;

    MongoSessionRepository(MongoCollection<Document> sessions, MongoCollection<Document> refreshTokens,
                           MongoCollection<Document> notices, MongoCollection<Document> logs,
                           MongoLogRepository logRepository) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.notices = notices;
        this.logs = logs;
        this.logRepository = logRepository;
    }

    @Override
    public void recordLogin(Session session, RefreshToken refreshToken) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("userId", session.userId().value()),
                Updates.set("lastLoginAt", Instants.toDate(session.lastLoginAt())),
                Updates.setOnInsert("createdAt", Instants.toDate(session.createdAt()))));
        if (session.clientId() != null) {
            changes.add(Updates.set("clientId", session.clientId()));
        }
        sessions.updateOne(Filters.eq("_id", session.id()), Updates.combine(changes), new UpdateOptions().upsert(true));
        if (refreshToken != null) {
            refreshTokens.updateOne(Filters.eq("_id", refreshToken.id()), Updates.combine(
                    Updates.setOnInsert("userId", refreshToken.userId().value()),
                    Updates.setOnInsert("clientId", refreshToken.clientId()),
                    Updates.setOnInsert("sessionId", refreshToken.sessionId()),
                    Updates.setOnInsert("createdAt", Instants.toDate(refreshToken.createdAt()))),
                    new UpdateOptions().upsert(true));
        }
    }

    @Override
    public List<Session> sessions(UserId userId) {
        return sessions.find(Filters.eq("userId", userId.value())).sort(Sorts.ascending("createdAt", "_id"))
                .map(d -> new Session(d.getString("_id"), new UserId(d.getString("userId")), d.getString("clientId"),
                        Instants.toInstant(d.getDate("createdAt")), Instants.toInstant(d.getDate("lastLoginAt"))))
                .into(new ArrayList<>());
    }

    @Override
    public List<RefreshToken> refreshTokens(UserId userId) {
        return refreshTokens.find(Filters.eq("userId", userId.value())).sort(Sorts.ascending("createdAt", "_id"))
                .map(d -> new RefreshToken(d.getString("_id"), new UserId(d.getString("userId")),
                        d.getString("clientId"), d.getString("sessionId"), Instants.toInstant(d.getDate("createdAt"))))
                .into(new ArrayList<>());
    }

    @Override
    public int revokeRefreshTokens(UserId userId) {
        return (int) refreshTokens.deleteMany(Filters.eq("userId", userId.value())).getDeletedCount();
    }

    @Override
    public List<LogoutNotice> endSessions(UserId userId, Instant now) {
        return end(userId, RandomIds.alphanumeric("lgo_", 16), now);
    }

    @Override
    public int endSessionsOfConnection(Connection connection, Instant now) {
        // User ids start with "<strategy>|<connection name>|": a prefix match, which the userId index serves.
        String prefix = connection.strategy().wireName() + "|" + connection.name().value() + "|";
        List<String> userIds = sessions.distinct("userId", Filters.regex("userId", "^" + Pattern.quote(prefix)),
                String.class).into(new ArrayList<>());
        int ended = 0;
        for (String userId : userIds) {
            ended += (int) end(new UserId(userId), RandomIds.alphanumeric("lgo_", 16), now).stream()
                    .filter(n -> n.sessionId() != null).count();
        }
        return ended;
    }

    /** The idempotent steps described above; {@code origin} names this ending in the notices' ids. */
    private List<LogoutNotice> end(UserId userId, String origin, Instant now) {
        List<Session> ended = sessions(userId);
        List<LogoutNotice> queued = new ArrayList<>();
        if (ended.isEmpty()) {
            if (notices.countDocuments(Filters.eq("origin", origin)) == 0) {
                queued.add(notice(origin + ".all", origin, userId, null, null, now));
            }
        } else {
            for (Session session : ended) {
                // One id per ending and session: a rerun of the same ending inserts nothing twice.
                queued.add(notice(origin + "/" + session.id(), origin, userId, session.id(), session.clientId(), now));
            }
        }
        for (LogoutNotice notice : queued) {
            insertIgnoringRepeat(notice, origin);
        }
        sessions.deleteMany(Filters.in("_id", ended.stream().map(Session::id).toList()));
        refreshTokens.deleteMany(Filters.eq("userId", userId.value()));
        return queued;
    }

    private void insertIgnoringRepeat(LogoutNotice notice, String origin) {
        Document document = new Document("_id", notice.id())
                .append("origin", origin)
                .append("userId", notice.userId().value())
                .append("sessionId", notice.sessionId())
                .append("clientId", notice.clientId())
                .append("createdAt", Instants.toDate(notice.createdAt()))
                .append("attempts", 0)
                .append("delivered", List.of());
        try {
            notices.insertOne(document);
        } catch (RuntimeException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private static LogoutNotice notice(String id, String origin, UserId userId, String sessionId, String clientId,
                                       Instant now) {
        return new LogoutNotice(id, userId, sessionId, clientId, now, 0, null, null, Set.of());
    }

    @Override
    public int processDeprovisionings(int limit, Instant now) {
        logRepository.relayOutboxes();
        int processed = 0;
        while (processed < limit) {
            Document taken = logs.findOneAndUpdate(Filters.and(Filters.eq(LogDocuments.ENDS_SESSIONS, true),
                            Filters.or(Filters.eq(LEASE, null), Filters.lt(LEASE, Instants.toDate(now)))),
                    Updates.set(LEASE, Instants.toDate(now.plus(DEPROVISION_LEASE))),
                    new FindOneAndUpdateOptions().sort(Sorts.ascending("_id")).returnDocument(ReturnDocument.AFTER));
            if (taken == null) {
                break;
            }
            end(new UserId(taken.getString("userId")), taken.getString("_id"),
                    LogoutNotice.endedAt(taken.getString("_id"), now));
            logs.updateOne(Filters.eq("_id", taken.getString("_id")),
                    Updates.combine(Updates.unset(LogDocuments.ENDS_SESSIONS), Updates.unset(LEASE)));
            processed++;
        }
        return processed;
    }

    @Override
    public List<LogoutNotice> claimNotices(String owner, Instant now, Duration lease, int limit) {
        List<LogoutNotice> claimed = new ArrayList<>();
        Bson due = Filters.and(Filters.or(Filters.eq("nextAttemptAt", null),
                        Filters.lte("nextAttemptAt", Instants.toDate(now))),
                Filters.or(Filters.eq("leaseUntil", null), Filters.lt("leaseUntil", Instants.toDate(now))));
        while (claimed.size() < limit) {
            Document document = notices.findOneAndUpdate(due, Updates.combine(Updates.set("leaseOwner", owner),
                            Updates.set("leaseUntil", Instants.toDate(now.plus(lease)))),
                    new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt", "createdAt", "_id"))
                            .returnDocument(ReturnDocument.AFTER));
            if (document == null) {
                break;
            }
            claimed.add(notice(document));
        }
        return claimed;
    }

    @Override
    public void noticeDelivered(String noticeId, String target) {
        notices.updateOne(Filters.eq("_id", noticeId), Updates.addToSet("delivered", target));
    }

    @Override
    public void completeNotice(String noticeId) {
        notices.deleteOne(Filters.eq("_id", noticeId));
    }

    @Override
    public void noticeFailed(String noticeId, int attempts, Instant nextAttemptAt, String error) {
        notices.updateOne(Filters.eq("_id", noticeId), Updates.combine(Updates.set("attempts", attempts),
                Updates.set("nextAttemptAt", Instants.toDate(nextAttemptAt)), Updates.set("lastError", error),
                Updates.unset("leaseOwner"), Updates.unset("leaseUntil")));
    }

    @Override
    public long pendingNotices() {
        return notices.countDocuments();
    }

    @Override
    public List<LogoutNotice> notices(UserId userId) {
        return notices.find(Filters.eq("userId", userId.value())).sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoSessionRepository::notice).into(new ArrayList<>());
    }

    private static LogoutNotice notice(Document d) {
        return new LogoutNotice(d.getString("_id"), new UserId(d.getString("userId")), d.getString("sessionId"),
                d.getString("clientId"), Instants.toInstant(d.getDate("createdAt")),
                d.get("attempts", Number.class).intValue(),
                d.getDate("nextAttemptAt") == null ? null : Instants.toInstant(d.getDate("nextAttemptAt")),
                d.getString("lastError"), new HashSet<>(d.getList("delivered", String.class, List.of())));
    }
}
