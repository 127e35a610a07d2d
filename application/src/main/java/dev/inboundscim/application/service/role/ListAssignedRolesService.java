package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.ListAssignedRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleTarget;
import java.util.List;

/** The roles assigned at one target. */
public final class ListAssignedRolesService implements ListAssignedRolesUseCase {

    private final RoleRepository roles;
    private final RoleTargets targets;

    public ListAssignedRolesService(RoleRepository roles, RoleTargets targets) {
        this.roles = roles;
        this.targets = targets;
    }

    @Override
    public List<Role> list(RoleTarget target) {
        return roles.assigned(targets.holder(target));
    }
}
