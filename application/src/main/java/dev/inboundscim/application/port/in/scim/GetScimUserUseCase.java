package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/** SCIM GET /Users/{id} (RFC 7644 §3.4.1); 404 when the connection has no such user. */
public interface GetScimUserUseCase {

    ScimUserView get(GetScimUserCommand command);

    record GetScimUserCommand(ScimContext context, UserId userId, RequestInfo request) {
        public GetScimUserCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(userId, "userId");
        }
    }
}
