package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.log.LogEntry;
import java.time.Instant;

/**
 * Deletes a user (RFC 7644 §3.6), conditional on the version that was read: for good, or in soft mode kept blocked
 * and hidden for the connection's restore window (SPEC §10).
 */
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
                    LogEntry request = entries.scimSuccess(current.connectionId().value(), command.request(),
                            "Delete user", current.id().value(), now);
                    DeletionPolicy policy = command.context().configuration().deletion();
                    if (policy.isSoft()) {
                        users.softDelete(userWrites.softDelete(current, policy.restoreUntil(now), request, now));
                    } else {
                        users.delete(userWrites.delete(current, request, now));
                    }
                    return null;
                });
    }
}
