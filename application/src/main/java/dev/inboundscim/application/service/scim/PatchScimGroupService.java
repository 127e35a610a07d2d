package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupPatch;
import java.time.Instant;

/**
 * Patches a group as one delta, without reading its members: concurrent PATCHes without {@code If-Match} each keep
 * their change, as deltas commute; with {@code If-Match} the store checks the version in the same step.
 */
public final class PatchScimGroupService implements PatchScimGroupUseCase {

    private final GroupRepository groups;
    private final VersionedWrite writes;
    private final GroupWrites groupWrites;
    private final LogEntries entries;

    public PatchScimGroupService(GroupRepository groups, VersionedWrite writes, GroupWrites groupWrites,
                                 LogEntries entries) {
        this.groups = groups;
        this.writes = writes;
        this.groupWrites = groupWrites;
        this.entries = entries;
    }

    @Override
    public ScimGroupView patch(PatchScimGroupCommand command) {
        return writes.untilNoConflict(command.expectedVersion(), () -> patchOnce(command));
    }

    private ScimGroupView patchOnce(PatchScimGroupCommand command) {
        Group current = ScimGroups.require(groups, command.context(), command.groupId());
        GroupEdit edit = GroupPatch.interpret(command.patch(), current.id());
        ScimGroups.requireWithinRequestLimit(edit.members().size(), groupWrites.limits());
        Instant now = entries.now();
        Group updated = groups.update(groupWrites.update(current, command.expectedVersion(), edit,
                entries.scimSuccess(current.connectionId().value(), command.request(), "Patch group", null, now),
                now));
        return ScimGroups.view(command.context(), updated, groups);
    }
}
