package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.GetRoleUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleId;

/** Reads one role. */
public final class GetRoleService implements GetRoleUseCase {

    private final RoleRepository roles;

    public GetRoleService(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public Role get(RoleId id) {
        return Roles.require(roles, id);
    }
}
