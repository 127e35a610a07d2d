package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Map;

/** Profiles with their groups, as the Management API shows users. */
final class UserViews {

    private UserViews() {
    }

    /** Profiles with their groups, read in one query for the whole page. */
    static List<UserProfileView> of(List<User> users, GroupRepository groups) {
        if (users.isEmpty()) {
            return List.of();
        }
        Map<UserId, List<GroupRef>> memberships = groups.groupsOf(users.stream().map(User::id).toList());
        return users.stream().map(u -> new UserProfileView(u, memberships.getOrDefault(u.id(), List.of()))).toList();
    }
}
