package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** SCIM DELETE /Groups/{id} (RFC 7644 §3.6); the members stay, only their membership goes. */
public interface DeleteScimGroupUseCase {

    void delete(DeleteScimGroupCommand command);

    record DeleteScimGroupCommand(ScimContext context, String groupId, Long expectedVersion, RequestInfo request) {
    }
}
