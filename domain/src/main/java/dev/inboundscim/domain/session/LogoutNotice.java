package dev.inboundscim.domain.session;

import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A back-channel logout still to be delivered: the user's session {@code sessionId} (null: the user had none
 * recorded) at client {@code clientId} (null: every client with logout URLs) ended. {@code delivered} holds the
 * targets (client and URL) that already acknowledged, so retries only go where it is still owed.
 */
public record LogoutNotice(String id, UserId userId, String sessionId, String clientId, Instant createdAt,
                           int attempts, Instant nextAttemptAt, String lastError, Set<String> delivered) {

    public LogoutNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        delivered = Set.copyOf(delivered);
    }

    /**
     * When the sessions ended for a deprovisioning queued with the user write whose log entry is {@code logId}: when
     * that write was logged, not when a process got to it ({@code now}, which is also the bound, for a clock ahead of
     * this process's). A notice for every client goes to those registered before it: one registered while the queue
     * waited (a process down, a backlog) had none of those sessions.
     */
    public static Instant endedAt(String logId, Instant now) {
        return LogIds.madeAt(logId).filter(made -> made.isBefore(now)).orElse(now);
    }

    /** The key of one target in {@link #delivered}. */
    public static String target(String clientId, String url) {
        return clientId + " " + url;
    }
}
