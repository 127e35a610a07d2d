package dev.inboundscim.application.port.in.group;

import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** The groups one user belongs to, by display name; 404 when the user does not exist. */
public interface ListUserGroupsUseCase {

    List<GroupRef> list(UserId userId);
}
