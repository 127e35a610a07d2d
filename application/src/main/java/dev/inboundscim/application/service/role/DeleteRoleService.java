package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.DeleteRoleUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.role.RoleId;

/** Deletes a role; the store removes its assignments with it. */
public final class DeleteRoleService implements DeleteRoleUseCase {

    private final RoleRepository roles;

    public DeleteRoleService(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public void delete(RoleId id) {
        if (!roles.delete(id)) {
            throw new NotFoundException("Role not found");
        }
    }
}
