package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.ListScimRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.scim.paging.Page;

/** Lists the tenant's roles for an identity provider, paged as every SCIM list is (SPEC §3). */
public final class ListScimRolesService implements ListScimRolesUseCase {

    private final RoleRepository roles;
    private final ScimSettings settings;
    private final LogWriter logs;
    private final LogEntries entries;

    public ListScimRolesService(RoleRepository roles, ScimSettings settings, LogWriter logs, LogEntries entries) {
        this.roles = roles;
        this.settings = settings;
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public Page<Role> list(ListScimRolesCommand command) {
        // RFC 7644 §3.4.2.4: startIndex below 1 means 1; a negative count 0; above the maximum, the maximum.
        long start = command.startIndex() == null ? 1 : Math.max(1, command.startIndex());
        int count = command.count() == null ? settings.defaultCount()
                : Math.max(0, Math.min(command.count(), settings.maxResults()));
        Page<Role> page = roles.list(command.filter(), start - 1, count);
        logs.append(entries.scimSuccess(command.context().connection().id().value(), command.request(),
                "List roles", null));
        return page;
    }
}
