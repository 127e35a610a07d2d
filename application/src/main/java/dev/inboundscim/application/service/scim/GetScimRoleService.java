package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.GetScimRoleUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.role.Role;

/** Reads one role for an identity provider. */
public final class GetScimRoleService implements GetScimRoleUseCase {

    private final RoleRepository roles;
    private final LogWriter logs;
    private final LogEntries entries;

    public GetScimRoleService(RoleRepository roles, LogWriter logs, LogEntries entries) {
        this.roles = roles;
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public Role get(GetScimRoleCommand command) {
        Role role = roles.findById(command.roleId()).orElseThrow(() -> new NotFoundException("Role not found"));
        logs.append(entries.scimSuccess(command.context().connection().id().value(), command.request(), "Get role",
                null));
        return role;
    }
}
