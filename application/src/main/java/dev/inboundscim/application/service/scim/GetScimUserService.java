package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.GetScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.user.User;

/** Reads one user in its SCIM form. */
public final class GetScimUserService implements GetScimUserUseCase {

    private final UserRepository users;
    private final LogWriter logs;
    private final LogEntries entries;

    public GetScimUserService(UserRepository users, LogWriter logs, LogEntries entries) {
        this.users = users;
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public ScimUserView get(GetScimUserCommand command) {
        UserWithGroups found = ScimUsers.requireWithGroups(users, command.context(), command.userId());
        User user = found.user();
        logs.append(entries.scimSuccess(user.connectionId().value(), command.request(), "Get user",
                user.id().value()));
        return ScimUsers.view(command.context(), user, found);
    }
}
