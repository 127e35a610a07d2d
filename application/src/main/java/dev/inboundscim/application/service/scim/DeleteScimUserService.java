package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.user.User;
import java.time.Clock;

/** Deletes a user, conditional on the version that was read, retrying once if a write slipped in between. */
public final class DeleteScimUserService implements DeleteScimUserUseCase {

    private static final int ATTEMPTS = 3;

    private final UserRepository users;
    private final Clock clock;

    public DeleteScimUserService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteScimUserCommand command) {
        for (int attempt = 1; ; attempt++) {
            User current = ScimUsers.require(users, command.context(), command.userId());
            try {
                users.delete(current.connectionId(), current.id(), current.version(),
                        ScimLogEntries.success(current.connectionId().value(), command.request(), 204,
                                "Delete user", current.id().value(), clock.instant()));
                return;
            } catch (PreconditionFailedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
