package dev.inboundscim.application.service.group;

import dev.inboundscim.application.port.in.group.GetGroupUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;

/** Reads a group of any connection. */
public final class GetGroupService implements GetGroupUseCase {

    private final GroupRepository groups;

    public GetGroupService(GroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public Group get(GroupId groupId) {
        return require(groups, groupId);
    }

    static Group require(GroupRepository groups, GroupId groupId) {
        return groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group not found"));
    }
}
