package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupResource;
import java.time.Clock;
import java.time.Instant;

/** Replaces a group (RFC 7644 §3.5.1): attributes omitted are cleared, and the members become exactly those sent. */
public final class ReplaceScimGroupService implements ReplaceScimGroupUseCase {

    private final GroupRepository groups;
    private final GroupLimits limits;
    private final VersionedWrite writes;
    private final Clock clock;

    public ReplaceScimGroupService(GroupRepository groups, GroupLimits limits, VersionedWrite writes, Clock clock) {
        this.groups = groups;
        this.limits = limits;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public ScimGroupView replace(ReplaceScimGroupCommand command) {
        GroupResource resource = GroupResource.parse(command.resource());
        ScimGroups.requireWithinRequestLimit(resource.members().size(), limits);
        return writes.untilNoConflict(command.expectedVersion(), () -> replace(command, resource));
    }

    private ScimGroupView replace(ReplaceScimGroupCommand command, GroupResource resource) {
        Group current = ScimGroups.require(groups, command.context(), command.groupId());
        Instant now = clock.instant();
        GroupEdit edit = GroupEdit.replacement(resource);
        GroupEvents.Delta delta = GroupEvents.delta(groups, current, edit.members());
        Group after = new Group(current.id(), current.connectionId(), resource.displayName(), resource.externalId(),
                current.createdAt(), now, current.version() + 1, current.memberCount());
        Group updated = groups.update(current.connectionId(), current.id(), command.expectedVersion(), edit,
                limits.maxMembersPerGroup(), now,
                GroupEvents.after(ScimLogEntries.success(current.connectionId().value(), command.request(), "Replace group", null, now), now).updated(current, after, delta.added(), delta.removed())
                        .entries());
        return ScimGroups.view(command.context(), updated, groups);
    }
}
