package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.CreateRoleUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import java.time.Clock;

/** Creates a role; {@link Role} validates it and the store decides uniqueness. */
public final class CreateRoleService implements CreateRoleUseCase {

    private final RoleRepository roles;
    private final Clock clock;

    public CreateRoleService(RoleRepository roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public Role create(CreateRoleCommand command) {
        Role role = Role.create(command.name(), command.description(), clock.instant());
        roles.insert(role);
        return role;
    }
}
