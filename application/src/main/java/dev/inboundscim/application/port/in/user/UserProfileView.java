package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.user.User;
import java.util.List;

/** A stored profile and the groups it belongs to, as the Management API shows users. */
public record UserProfileView(User user, List<GroupRef> groups) {
    public UserProfileView {
        groups = List.copyOf(groups);
    }
}
