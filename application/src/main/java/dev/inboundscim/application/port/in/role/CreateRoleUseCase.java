package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.Role;

/** Creates a role; its name is unique ignoring case. */
public interface CreateRoleUseCase {

    Role create(CreateRoleCommand command);

    /** {@code description} null: none. */
    record CreateRoleCommand(String name, String description) {
    }
}
