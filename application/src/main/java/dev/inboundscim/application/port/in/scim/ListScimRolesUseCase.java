package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.scim.paging.Page;
import java.util.Objects;

/** SCIM GET /Roles (SPEC §12, draft-ietf-scim-roles-entitlements): the tenant's roles, filtered and paged. */
public interface ListScimRolesUseCase {

    Page<Role> list(ListScimRolesCommand command);

    /** {@code startIndex} 1-based and {@code count} as RFC 7644 §3.4.2.4 reads them (null: the defaults). */
    record ListScimRolesCommand(ScimContext context, RoleFilter filter, Integer startIndex, Integer count,
                                RequestInfo request) {
        public ListScimRolesCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(filter, "filter");
        }
    }
}
