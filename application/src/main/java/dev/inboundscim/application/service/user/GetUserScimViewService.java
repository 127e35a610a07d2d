package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.in.user.GetUserScimViewUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.mapping.ProfileToScim;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;

/** The user through its connection's current mapping, with its groups, as a SCIM GET would answer. */
public final class GetUserScimViewService implements GetUserScimViewUseCase {

    private final UserRepository users;
    private final ScimConfigurationRepository configurations;

    public GetUserScimViewService(UserRepository users, ScimConfigurationRepository configurations) {
        this.users = users;
        this.configurations = configurations;
    }

    @Override
    public ScimUserView scimView(UserId userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User not found"));
        ScimConfiguration configuration = configurations.findByConnection(user.connectionId())
                .orElseThrow(() -> new NotFoundException("The user's connection has no SCIM configuration"));
        UserWithGroups found = users.findWithGroups(user.connectionId(), userId)
                .orElseThrow(() -> new NotFoundException("User not found"));
        return new ScimUserView(found.user(), ProfileToScim.convert(found.user().attributes(),
                configuration.mapping()), found.groups(), configuration.mapping().schemas());
    }
}
