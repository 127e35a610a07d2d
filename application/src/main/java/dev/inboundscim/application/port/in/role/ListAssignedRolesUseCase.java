package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleTarget;
import java.util.List;

/** The roles assigned at one target itself (a user's direct ones, a group's), by name; 404 for an unknown target. */
public interface ListAssignedRolesUseCase {

    List<Role> list(RoleTarget target);
}
