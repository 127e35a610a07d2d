package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.AssignRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import java.util.List;

/** Assigns roles at a target; roles already held there stay, unlogged. */
public final class AssignRolesService implements AssignRolesUseCase {

    private final RoleRepository roles;
    private final RoleTargets targets;
    private final RoleChanges changes;

    public AssignRolesService(RoleRepository roles, RoleTargets targets, RoleChanges changes) {
        this.roles = roles;
        this.targets = targets;
        this.changes = changes;
    }

    @Override
    public void assign(RoleAssignmentCommand command) {
        List<Role> named = Roles.requireAll(roles, command.roles());
        roles.assign(changes.write(targets.holder(command.target()), named, List.of()));
    }
}
