package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.AssignRolesUseCase.RoleAssignmentCommand;
import dev.inboundscim.application.port.in.role.RemoveRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import java.util.List;

/** Takes roles from a target; roles not held there are no-ops, unlogged. */
public final class RemoveRolesService implements RemoveRolesUseCase {

    private final RoleRepository roles;
    private final RoleTargets targets;
    private final RoleChanges changes;

    public RemoveRolesService(RoleRepository roles, RoleTargets targets, RoleChanges changes) {
        this.roles = roles;
        this.targets = targets;
        this.changes = changes;
    }

    @Override
    public void remove(RoleAssignmentCommand command) {
        List<Role> named = Roles.requireAll(roles, command.roles());
        roles.assign(changes.write(targets.holder(command.target()), List.of(), named));
    }
}
