package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.group.Group;
import java.time.Clock;
import java.time.Instant;

/** Deletes a group (RFC 7644 §3.6), conditional on {@code If-Match} when sent. */
public final class DeleteScimGroupService implements DeleteScimGroupUseCase {

    private final GroupRepository groups;
    private final VersionedWrite writes;
    private final GroupWrites groupWrites;
    private final Clock clock;

    public DeleteScimGroupService(GroupRepository groups, VersionedWrite writes, GroupWrites groupWrites,
                                  Clock clock) {
        this.groups = groups;
        this.writes = writes;
        this.groupWrites = groupWrites;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteScimGroupCommand command) {
        writes.untilNoConflict(command.expectedVersion(), () -> {
            Group group = ScimGroups.require(groups, command.context(), command.groupId());
            Instant now = clock.instant();
            groups.delete(groupWrites.delete(group, command.expectedVersion(), ScimLogEntries.success(
                    group.connectionId().value(), command.request(), "Delete group", null, now), now));
            return null;
        });
    }
}
