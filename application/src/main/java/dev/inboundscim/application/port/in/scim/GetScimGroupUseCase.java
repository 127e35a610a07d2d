package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** SCIM GET /Groups/{id} (RFC 7644 §3.4.1). */
public interface GetScimGroupUseCase {

    ScimGroupView get(GetScimGroupCommand command);

    record GetScimGroupCommand(ScimContext context, String groupId, RequestInfo request) {
    }
}
