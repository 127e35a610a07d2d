package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/** SCIM DELETE /Users/{id} (RFC 7644 §3.6), guarded by the stored version. */
public interface DeleteScimUserUseCase {

    void delete(DeleteScimUserCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record DeleteScimUserCommand(ScimContext context, UserId userId, Long expectedVersion, RequestInfo request) {
        public DeleteScimUserCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(userId, "userId");
        }
    }
}
