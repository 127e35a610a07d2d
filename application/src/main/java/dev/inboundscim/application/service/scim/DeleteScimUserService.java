package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.user.UserWrites;
import java.time.Instant;

/** Deletes a user (RFC 7644 §3.6), conditional on the version that was read. */
public final class DeleteScimUserService implements DeleteScimUserUseCase {

    private final UserRepository users;
    private final VersionedWrite writes;
    private final UserWrites userWrites;
    private final LogEntries entries;

    public DeleteScimUserService(UserRepository users, VersionedWrite writes, UserWrites userWrites,
                                 LogEntries entries) {
        this.users = users;
        this.writes = writes;
        this.userWrites = userWrites;
        this.entries = entries;
    }

    @Override
    public void delete(DeleteScimUserCommand command) {
        writes.runOn(() -> ScimUsers.require(users, command.context(), command.userId()),
                command.expectedVersion(), current -> {
                    Instant now = entries.now();
                    users.delete(userWrites.delete(current, entries.scimSuccess(
                            current.connectionId().value(), command.request(), "Delete user",
                            current.id().value(), now), now));
                    return null;
                });
    }
}
