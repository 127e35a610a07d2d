package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.application.service.user.UserWrites;
import java.time.Clock;
import java.time.Instant;

/** Deletes a user (RFC 7644 §3.6), conditional on the version that was read. */
public final class DeleteScimUserService implements DeleteScimUserUseCase {

    private final UserRepository users;
    private final VersionedWrite writes;
    private final UserWrites userWrites;
    private final Clock clock;

    public DeleteScimUserService(UserRepository users, VersionedWrite writes, UserWrites userWrites,
                                 Clock clock) {
        this.users = users;
        this.writes = writes;
        this.userWrites = userWrites;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteScimUserCommand command) {
        writes.runOn(() -> ScimUsers.require(users, command.context(), command.userId()),
                command.expectedVersion(), current -> {
                    Instant now = clock.instant();
                    users.delete(userWrites.delete(current, ScimLogEntries.success(
                            current.connectionId().value(), command.request(), "Delete user",
                            current.id().value(), now), now));
                    return null;
                });
    }
}
