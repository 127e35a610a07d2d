package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupResource;
import java.time.Instant;

/** Replaces a group (RFC 7644 §3.5.1): attributes omitted are cleared, and the members become exactly those sent. */
public final class ReplaceScimGroupService implements ReplaceScimGroupUseCase {

    private final GroupRepository groups;
    private final VersionedWrite writes;
    private final GroupWrites groupWrites;
    private final LogEntries entries;

    public ReplaceScimGroupService(GroupRepository groups, VersionedWrite writes, GroupWrites groupWrites,
                                   LogEntries entries) {
        this.groups = groups;
        this.writes = writes;
        this.groupWrites = groupWrites;
        this.entries = entries;
    }

    @Override
    public ScimGroupView replace(ReplaceScimGroupCommand command) {
        GroupResource resource = command.resource();
        ScimGroups.requireWithinRequestLimit(resource.members().size(), groupWrites.limits());
        return writes.untilNoConflict(command.expectedVersion(), () -> replace(command, resource));
    }

    private ScimGroupView replace(ReplaceScimGroupCommand command, GroupResource resource) {
        Group current = ScimGroups.require(groups, command.context(), command.groupId());
        Instant now = entries.now();
        Group updated = groups.update(groupWrites.update(current, command.expectedVersion(),
                GroupEdit.replacement(resource), entries.scimSuccess(current.connectionId().value(),
                        command.request(), "Replace group", null, now), now));
        return ScimGroups.view(command.context(), updated, groups);
    }
}
