package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.DeleteUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.UserEvents;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.user.User;
import java.time.Clock;

/** Deletes a profile by user id. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final Clock clock;

    public DeleteUserService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Its {@code user.deleted} event is stored with the deletion, so the user's sessions end too (SPEC §5). */
    @Override
    public void delete(String userId) {
        User user = users.findById(UserIds.parse(userId)).orElseThrow(() -> new NotFoundException("User not found"));
        if (!users.delete(user.id(), UserEvents.afterDelete(null, user, clock.instant()))) {
            throw new NotFoundException("User not found");
        }
    }
}
