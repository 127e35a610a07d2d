package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.GroupWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogRouter;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * Builds every group write with all it causes, so each consequence of a group write is decided here: the group
 * events of SPEC §5 after the request's entry ({@link GroupEvents}), the limits the store must keep, and the streams
 * each entry goes to.
 */
public final class GroupWrites {

    private final GroupRepository groups;
    private final GroupLimits limits;
    private final LogRouter router;
    private final LogEntries entries;

    public GroupWrites(GroupRepository groups, GroupLimits limits, LogRouter router, LogEntries entries) {
        this.groups = groups;
        this.limits = limits;
        this.router = router;
        this.entries = entries;
    }

    GroupLimits limits() {
        return limits;
    }

    /** A new {@code group} with {@code members}: {@code group.created}, then who joined. */
    GroupWrite.Insert insert(Group group, Set<UserId> members, LogEntry request, Instant now) {
        return new GroupWrite.Insert(group, members, limits.maxGroupsPerConnection(), limits.maxMembersPerGroup(),
                router.route(GroupEvents.after(request, entries, now).created(group, members).entries()));
    }

    /**
     * {@code edit} of {@code current}: {@code group.updated} when its name or externalId changes, then who joined
     * and who left (a replacement reads the members it replaces to name them).
     */
    GroupWrite.Update update(Group current, Long expectedVersion, GroupEdit edit, LogEntry request, Instant now) {
        GroupEvents.Delta delta = GroupEvents.delta(groups, current, edit.members());
        Group after = new Group(current.id(), current.connectionId(),
                edit.displayName() == null ? current.displayName() : edit.displayName(),
                edit.externalIdChanged() ? edit.externalId() : current.externalId(), current.createdAt(), now,
                current.version() + 1, current.memberCount());
        return new GroupWrite.Update(current.connectionId(), current.id(), expectedVersion, edit,
                limits.maxMembersPerGroup(), now, router.route(GroupEvents.after(request, entries, now)
                        .updated(current, after, delta.added(), delta.removed()).entries()));
    }

    /** The deletion of {@code group}: {@code group.deleted}. */
    GroupWrite.Delete delete(Group group, Long expectedVersion, LogEntry request, Instant now) {
        return new GroupWrite.Delete(group.connectionId(), group.id(), expectedVersion,
                router.route(GroupEvents.after(request, entries, now).deleted(group).entries()));
    }
}
