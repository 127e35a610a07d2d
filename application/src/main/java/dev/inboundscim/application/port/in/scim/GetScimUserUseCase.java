package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** SCIM GET /Users/{id} (RFC 7644 §3.4.1); 404 when the connection has no such user. */
public interface GetScimUserUseCase {

    ScimUserView get(GetScimUserCommand command);

    record GetScimUserCommand(ScimContext context, String userId, RequestInfo request) {
    }
}
