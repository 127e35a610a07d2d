package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.DeleteUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.time.Clock;

/** Deletes a profile by user id, whatever its connection. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final UserWrites userWrites;
    private final VersionedWrite writes;
    private final Clock clock;

    public DeleteUserService(UserRepository users, UserWrites userWrites, VersionedWrite writes, Clock clock) {
        this.users = users;
        this.userWrites = userWrites;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Guarded by the version read, so a concurrent change is never lost silently: it makes the deletion start over.
     * Its {@code user.deleted} event is stored with the deletion, so the user's sessions end too (SPEC §5).
     */
    @Override
    public void delete(UserId userId) {
        writes.untilNoConflict(null, () -> {
            User user = users.findById(userId).orElseThrow(DeleteUserService::notFound);
            try {
                users.delete(userWrites.delete(user, null, clock.instant()));
            } catch (NotFoundException e) {
                throw notFound();
            }
            return null;
        });
    }

    private static NotFoundException notFound() {
        return new NotFoundException("User not found");
    }
}
