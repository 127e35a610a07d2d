package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.GetScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.group.Group;

/** Reads one group; its members are read only if the response shows them. */
public final class GetScimGroupService implements GetScimGroupUseCase {

    private final GroupRepository groups;
    private final LogWriter logs;
    private final LogEntries entries;

    public GetScimGroupService(GroupRepository groups, LogWriter logs, LogEntries entries) {
        this.groups = groups;
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public ScimGroupView get(GetScimGroupCommand command) {
        Group group = ScimGroups.require(groups, command.context(), command.groupId());
        logs.append(entries.scimSuccess(group.connectionId().value(), command.request(), "Get group", null));
        return ScimGroups.view(command.context(), group, groups);
    }
}
