package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** SCIM DELETE /Users/{id} (RFC 7644 §3.6), guarded by the stored version. */
public interface DeleteScimUserUseCase {

    void delete(DeleteScimUserCommand command);

    record DeleteScimUserCommand(ScimContext context, String userId, RequestInfo request) {
    }
}
