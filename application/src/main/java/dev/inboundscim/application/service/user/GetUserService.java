package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.GetUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.user.User;

/** Reads a profile by user id. */
public final class GetUserService implements GetUserUseCase {

    private final UserRepository users;

    public GetUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User get(String userId) {
        return users.findById(UserIds.parse(userId)).orElseThrow(() -> new NotFoundException("User not found"));
    }
}
