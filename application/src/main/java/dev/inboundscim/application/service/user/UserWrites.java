package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogRouter;
import dev.inboundscim.application.service.organization.OrganizationAssignments;
import dev.inboundscim.domain.event.UserEventDetails;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every user write with all it causes, so each consequence of a user write is decided here and nowhere else:
 * <ul>
 *   <li>a new user joins the organizations that assign its connection (SPEC §5);</li>
 *   <li>a creation adds {@code user.created}, a change {@code user.updated} naming what changed (nothing changed:
 *       no event), each carrying the profile after the change, for the event streams (SPEC §11);</li>
 *   <li>a write that blocks a user that was not blocked adds {@code user.deactivated}, a deletion adds
 *       {@code user.deleted} (SPEC §5): both end the user's sessions; a soft delete is a deletion too (SPEC §10), and
 *       its undoing adds {@code user.restored};</li>
 *   <li>every entry is routed to the log streams that collect it.</li>
 * </ul>
 */
public final class UserWrites {

    private final LogRouter router;
    private final OrganizationAssignments assignments;
    private final LogEntries entries;

    public UserWrites(LogRouter router, OrganizationAssignments assignments, LogEntries entries) {
        this.router = router;
        this.assignments = assignments;
        this.entries = entries;
    }

    /** {@code user} created, logged by {@code request} and {@code user.created}. */
    public UserWrite.Insert insert(User user, LogEntry request) {
        LogEntry created = entries.event(LogType.USER_CREATED, user.connectionId().value(), "User created",
                user.id().value(), UserEventDetails.of(user).build(), request.date());
        return new UserWrite.Insert(user, assignments.of(user.connectionId()), router.route(List.of(request, created)));
    }

    /** {@code before} replaced by {@code after}, logged by {@code request} and the events the change causes. */
    public UserWrite.Update update(User before, User after, LogEntry request, Instant now) {
        List<LogEntry> entries = new ArrayList<>(List.of(request));
        List<String> changed = UserEventDetails.changed(before, after);
        if (!changed.isEmpty()) {
            entries.add(this.entries.event(LogType.USER_UPDATED, after.connectionId().value(),
                    "User updated: " + String.join(", ", changed), after.id().value(),
                    UserEventDetails.of(after).put("changed", UserEventDetails.names(changed)).build(), now));
        }
        if (!before.isBlocked() && after.isBlocked()) {
            entries.add(resourceEvent(LogType.USER_DEACTIVATED, after, "User deactivated: sessions end", now));
        }
        return new UserWrite.Update(after, router.route(entries));
    }

    /** {@code user} deleted, logged by {@code request} (null: none) and {@code user.deleted}. */
    public UserWrite.Delete delete(User user, LogEntry request, Instant now) {
        List<LogEntry> entries = new ArrayList<>();
        if (request != null) {
            entries.add(request);
        }
        entries.add(event(LogType.USER_DELETED, user, "User deleted: sessions end", now));
        return new UserWrite.Delete(user.connectionId(), user.id(), user.version(), router.route(entries));
    }

    /**
     * {@code user} soft-deleted (SPEC §10): kept blocked and hidden until {@code restoreUntil}, logged by
     * {@code request} and {@code user.deleted}, which ends its sessions as a hard deletion does.
     */
    public UserWrite.SoftDelete softDelete(User user, Instant restoreUntil, LogEntry request, Instant now) {
        User kept = user.softDeleted(now);
        LogEntry deleted = entries.event(LogType.USER_DELETED, user.connectionId().value(),
                "User deleted: sessions end; restorable until " + restoreUntil, user.id().value(),
                ScimObject.builder().put("user_id", user.id().value()).put("deletion", "soft")
                        .put("restore_until", restoreUntil.toString()).build(), now);
        return new UserWrite.SoftDelete(kept, restoreUntil, router.route(List.of(request, deleted)));
    }

    /**
     * {@code restored} brought back from its soft deletion, logged by {@code request} and {@code user.restored}; it
     * joins the organizations that assign its connection, as a new user does, since it left them when deleted.
     */
    public UserWrite.Restore restore(User restored, LogEntry request, Instant now) {
        LogEntry event = resourceEvent(LogType.USER_RESTORED, restored, "User restored by a SCIM create", now);
        return new UserWrite.Restore(restored, assignments.of(restored.connectionId()),
                router.route(List.of(request, event)));
    }

    /**
     * {@code user} removed because it became part of another account (account linking): logged by {@code entry}
     * alone, since the person behind it is still there and keeps its sessions.
     */
    public UserWrite.Delete mergedAway(User user, LogEntry entry) {
        return new UserWrite.Delete(user.connectionId(), user.id(), user.version(), router.route(entry));
    }

    /** An event that also carries the profile after the change, for the event streams (SPEC §11). */
    private LogEntry resourceEvent(LogType type, User user, String description, Instant now) {
        return entries.event(type, user.connectionId().value(), description, user.id().value(),
                UserEventDetails.of(user).build(), now);
    }

    private LogEntry event(LogType type, User user, String description, Instant now) {
        return entries.event(type, user.connectionId().value(), description, user.id().value(),
                ScimObject.builder().put("user_id", user.id().value()).build(), now);
    }
}
