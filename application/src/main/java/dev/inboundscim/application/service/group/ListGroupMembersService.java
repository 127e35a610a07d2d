package dev.inboundscim.application.service.group;

import dev.inboundscim.application.port.in.group.ListGroupMembersUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.scim.MemberDisplay;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.mapping.ProfilePath;
import java.util.List;

/** Pages through a group's members by user id, each with the display its SCIM view would show. */
public final class ListGroupMembersService implements ListGroupMembersUseCase {

    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 1000;

    private final GroupRepository groups;
    private final ScimConfigurationRepository configurations;

    public ListGroupMembersService(GroupRepository groups, ScimConfigurationRepository configurations) {
        this.groups = groups;
        this.configurations = configurations;
    }

    @Override
    public MemberPage list(ListGroupMembersCommand command) {
        Group group = GetGroupService.require(groups, command.groupId());
        int take = command.take() == null ? DEFAULT_TAKE : Math.max(1, Math.min(command.take(), MAX_TAKE));
        ProfilePath display = configurations.findByConnection(group.connectionId())
                .map(c -> MemberDisplay.path(c.mapping())).orElse(null);
        List<GroupMember> members = groups.members(group.id(), command.from(), take, display);
        String next = members.size() == take ? members.getLast().userId().value() : null;
        return new MemberPage(members, next, group.memberCount());
    }
}
