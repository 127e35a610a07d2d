package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** SCIM DELETE /Users/{id} (RFC 7644 §3.6), guarded by the stored version. */
public interface DeleteScimUserUseCase {

    void delete(DeleteScimUserCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record DeleteScimUserCommand(ScimContext context, String userId, Long expectedVersion, RequestInfo request) {
    }
}
