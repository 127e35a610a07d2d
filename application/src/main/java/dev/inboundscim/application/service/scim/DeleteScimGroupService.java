package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.domain.group.Group;
import java.time.Instant;

/** Deletes a group (RFC 7644 §3.6), conditional on {@code If-Match} when sent. */
public final class DeleteScimGroupService implements DeleteScimGroupUseCase {

    private final GroupRepository groups;
    private final VersionedWrite writes;
    private final GroupWrites groupWrites;
    private final LogEntries entries;

    public DeleteScimGroupService(GroupRepository groups, VersionedWrite writes, GroupWrites groupWrites,
                                  LogEntries entries) {
        this.groups = groups;
        this.writes = writes;
        this.groupWrites = groupWrites;
        this.entries = entries;
    }

    @Override
    public void delete(DeleteScimGroupCommand command) {
        writes.untilNoConflict(command.expectedVersion(), () -> {
            Group group = ScimGroups.require(groups, command.context(), command.groupId());
            Instant now = entries.now();
            groups.delete(groupWrites.delete(group, command.expectedVersion(), entries.scimSuccess(
                    group.connectionId().value(), command.request(), "Delete group", null, now), now));
            return null;
        });
    }
}
