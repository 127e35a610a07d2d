package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/** SCIM PUT /Users/{id} (RFC 7644 §3.5.1): replaces every mapped value, guarded by the stored version. */
public interface ReplaceScimUserUseCase {

    ScimUserView replace(ReplaceScimUserCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record ReplaceScimUserCommand(ScimContext context, UserId userId, ScimObject resource, Long expectedVersion,
                                  RequestInfo request) {
        public ReplaceScimUserCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(resource, "resource");
        }
    }
}
