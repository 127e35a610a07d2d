package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.RoleTarget;
import java.util.List;
import java.util.Objects;

/** Assigns roles to a user, a group or a group inside an organization; each new assignment is logged. */
public interface AssignRolesUseCase {

    void assign(RoleAssignmentCommand command);

    /** The target and the roles named by the request body's {@code roles}. */
    record RoleAssignmentCommand(RoleTarget target, List<RoleId> roles) {
        public RoleAssignmentCommand {
            Objects.requireNonNull(target, "target");
            roles = List.copyOf(roles);
        }
    }
}
