package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleId;
import java.util.Objects;

/** Renames a role or changes its description. */
public interface UpdateRoleUseCase {

    Role update(UpdateRoleCommand command);

    /** {@code name} or {@code description} null: unchanged. */
    record UpdateRoleCommand(RoleId id, String name, String description) {
        public UpdateRoleCommand {
            Objects.requireNonNull(id, "id");
        }
    }
}
