package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.DeleteUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.NotFoundException;

/** Deletes a profile by user id. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;

    public DeleteUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public void delete(String userId) {
        if (!users.delete(UserIds.parse(userId))) {
            throw new NotFoundException("User not found");
        }
    }
}
