package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleId;
import java.util.Objects;

/** SCIM GET /Roles/{id} (SPEC §12); 404 when there is no such role. */
public interface GetScimRoleUseCase {

    Role get(GetScimRoleCommand command);

    record GetScimRoleCommand(ScimContext context, RoleId roleId, RequestInfo request) {
        public GetScimRoleCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(roleId, "roleId");
        }
    }
}
