package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.UpdateRoleUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import java.time.Clock;

/** Changes a role's name or description; a name another role holds is a conflict the store decides. */
public final class UpdateRoleService implements UpdateRoleUseCase {

    private final RoleRepository roles;
    private final Clock clock;

    public UpdateRoleService(RoleRepository roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public Role update(UpdateRoleCommand command) {
        Role updated = Roles.require(roles, command.id()).edited(command.name(), command.description(),
                clock.instant());
        roles.update(updated);
        return updated;
    }
}
