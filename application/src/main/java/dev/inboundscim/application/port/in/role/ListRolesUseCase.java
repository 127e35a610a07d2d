package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.scim.paging.Page;

/** Lists roles in creation order, a page at a time. */
public interface ListRolesUseCase {

    Page<Role> list(ListRolesCommand command);

    /** {@code page} (from 0) and {@code perPage}: null for the defaults. */
    record ListRolesCommand(Integer page, Integer perPage) {
    }
}
