package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.GetUserUseCase;
import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** Reads a profile by user id. */
public final class GetUserService implements GetUserUseCase {

    private final UserRepository users;
    private final GroupRepository groups;

    public GetUserService(UserRepository users, GroupRepository groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public UserProfileView get(UserId userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User not found"));
        return UserViews.of(List.of(user), groups).getFirst();
    }
}
