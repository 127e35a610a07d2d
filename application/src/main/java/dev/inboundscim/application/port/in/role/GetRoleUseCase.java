package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleId;

/** Reads one role; 404 when absent. */
public interface GetRoleUseCase {

    Role get(RoleId id);
}
