package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.GetScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.user.User;
import java.time.Clock;

/** Reads one user in its SCIM form. */
public final class GetScimUserService implements GetScimUserUseCase {

    private final UserRepository users;
    private final LogWriter logs;
    private final Clock clock;

    public GetScimUserService(UserRepository users, LogWriter logs, Clock clock) {
        this.users = users;
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public ScimUserView get(GetScimUserCommand command) {
        UserWithGroups found = ScimUsers.requireWithGroups(users, command.context(), command.userId());
        User user = found.user();
        logs.append(ScimLogEntries.success(user.connectionId().value(), command.request(), "Get user",
                user.id().value(), clock.instant()));
        return ScimUsers.view(command.context(), user, found);
    }
}
