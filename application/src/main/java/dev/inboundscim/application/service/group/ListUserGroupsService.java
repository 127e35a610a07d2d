package dev.inboundscim.application.service.group;

import dev.inboundscim.application.port.in.group.ListUserGroupsUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** The groups of one user, for {@code GET /api/v2/users/{id}/groups}. */
public final class ListUserGroupsService implements ListUserGroupsUseCase {

    private final UserRepository users;
    private final GroupRepository groups;

    public ListUserGroupsService(UserRepository users, GroupRepository groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public List<GroupRef> list(UserId userId) {
        if (users.findById(userId).isEmpty()) {
            throw new NotFoundException("User not found");
        }
        return groups.groupsOf(List.of(userId)).getOrDefault(userId, List.of());
    }
}
