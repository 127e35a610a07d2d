package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.ListRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.scim.paging.Page;

/** Lists roles 50 a page by default and at most 100, as the Management API lists groups. */
public final class ListRolesService implements ListRolesUseCase {

    private static final int DEFAULT_PER_PAGE = 50;
    private static final int MAX_PER_PAGE = 100;

    private final RoleRepository roles;

    public ListRolesService(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public Page<Role> list(ListRolesCommand command) {
        int perPage = command.perPage() == null ? DEFAULT_PER_PAGE
                : Math.max(0, Math.min(command.perPage(), MAX_PER_PAGE));
        int page = command.page() == null ? 0 : Math.max(0, command.page());
        return roles.list(new RoleFilter.All(), (long) page * perPage, perPage);
    }
}
