package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupPatch;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import java.time.Clock;
import java.time.Instant;

/**
 * Patches a group as one delta, without reading its members: concurrent PATCHes without {@code If-Match} each keep
 * their change, as deltas commute; with {@code If-Match} the store checks the version in the same step.
 */
public final class PatchScimGroupService implements PatchScimGroupUseCase {

    private final GroupRepository groups;
    private final GroupLimits limits;
    private final VersionedWrite writes;
    private final Clock clock;

    public PatchScimGroupService(GroupRepository groups, GroupLimits limits, VersionedWrite writes, Clock clock) {
        this.groups = groups;
        this.limits = limits;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public ScimGroupView patch(PatchScimGroupCommand command) {
        PatchRequest request = PatchRequest.parse(command.body());
        return writes.untilNoConflict(command.expectedVersion(), () -> patch(command, request));
    }

    private ScimGroupView patch(PatchScimGroupCommand command, PatchRequest request) {
        Group current = ScimGroups.require(groups, command.context(), command.groupId());
        GroupEdit edit = GroupPatch.interpret(request, current.id());
        ScimGroups.requireWithinRequestLimit(edit.members().size(), limits);
        Instant now = clock.instant();
        GroupEvents.Delta delta = GroupEvents.delta(groups, current, edit.members());
        Group after = new Group(current.id(), current.connectionId(),
                edit.displayName() == null ? current.displayName() : edit.displayName(),
                edit.externalIdChanged() ? edit.externalId() : current.externalId(), current.createdAt(), now,
                current.version() + 1, current.memberCount());
        Group updated = groups.update(current.connectionId(), current.id(), command.expectedVersion(), edit,
                limits.maxMembersPerGroup(), now,
                GroupEvents.after(ScimLogEntries.success(current.connectionId().value(), command.request(), "Patch group", null, now), now).updated(current, after, delta.added(), delta.removed())
                        .entries());
        return ScimGroups.view(command.context(), updated, groups);
    }
}
