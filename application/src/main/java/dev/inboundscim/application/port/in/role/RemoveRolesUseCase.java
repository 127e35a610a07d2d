package dev.inboundscim.application.port.in.role;

import dev.inboundscim.application.port.in.role.AssignRolesUseCase.RoleAssignmentCommand;

/** Takes roles from a user, a group or a group inside an organization; each removal that was held is logged. */
public interface RemoveRolesUseCase {

    void remove(RoleAssignmentCommand command);
}
