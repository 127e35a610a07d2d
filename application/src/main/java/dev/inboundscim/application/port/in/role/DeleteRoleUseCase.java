package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.RoleId;

/** Deletes a role with every assignment of it; 404 when absent. */
public interface DeleteRoleUseCase {

    void delete(RoleId id);
}
