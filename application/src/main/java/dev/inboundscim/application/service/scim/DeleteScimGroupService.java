package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupId;
import java.time.Clock;

/** Deletes a group (RFC 7644 §3.6), conditional on {@code If-Match} when sent. */
public final class DeleteScimGroupService implements DeleteScimGroupUseCase {

    private final GroupRepository groups;
    private final Clock clock;

    public DeleteScimGroupService(GroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteScimGroupCommand command) {
        GroupId id = ScimGroups.parse(command.groupId()).orElseThrow(() -> new NotFoundException("Group not found"));
        String connectionId = command.context().connection().id().value();
        groups.delete(command.context().connection().id(), id, command.expectedVersion(),
                ScimLogEntries.success(connectionId, command.request(), 204, "Delete group", null, clock.instant()));
    }
}
