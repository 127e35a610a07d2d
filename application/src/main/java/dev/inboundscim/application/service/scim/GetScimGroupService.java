package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.GetScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.group.Group;
import java.time.Clock;

/** Reads one group; its members are read only if the response shows them. */
public final class GetScimGroupService implements GetScimGroupUseCase {

    private final GroupRepository groups;
    private final LogWriter logs;
    private final Clock clock;

    public GetScimGroupService(GroupRepository groups, LogWriter logs, Clock clock) {
        this.groups = groups;
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public ScimGroupView get(GetScimGroupCommand command) {
        Group group = ScimGroups.require(groups, command.context(), command.groupId());
        logs.append(ScimLogEntries.success(group.connectionId().value(), command.request(), "Get group", null,
                clock.instant()));
        return ScimGroups.view(command.context(), group, groups);
    }
}
