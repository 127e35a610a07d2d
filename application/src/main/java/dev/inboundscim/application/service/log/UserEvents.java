package dev.inboundscim.application.service.log;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deprovisioning events of SPEC §5, stored with the user write that causes them: {@code user.deactivated} when a
 * write blocks a user that was not blocked, {@code user.deleted} when one is deleted. The store queues each for
 * ending the user's sessions in that same atomic step, and log streams deliver them.
 */
public final class UserEvents {

    private UserEvents() {
    }

    /** {@code request}, then {@code user.deactivated} if the write blocks the user. */
    public static List<LogEntry> afterWrite(LogEntry request, User before, User after, Instant now) {
        List<LogEntry> entries = new ArrayList<>(List.of(request));
        if (!before.isBlocked() && after.isBlocked()) {
            entries.add(event(LogType.USER_DEACTIVATED, after, "User deactivated: sessions end", now));
        }
        return entries;
    }

    /** {@code request} (null: none), then {@code user.deleted}. */
    public static List<LogEntry> afterDelete(LogEntry request, User deleted, Instant now) {
        List<LogEntry> entries = new ArrayList<>();
        if (request != null) {
            entries.add(request);
        }
        entries.add(event(LogType.USER_DELETED, deleted, "User deleted: sessions end", now));
        return entries;
    }

    private static LogEntry event(LogType type, User user, String description, Instant now) {
        return new LogEntry(LogEntry.newLogId(now), type, now, user.connectionId().value(), description, null, null,
                user.id().value(), ScimObject.builder().put("user_id", user.id().value()).build());
    }
}
