package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimObject;

/** SCIM PUT /Users/{id} (RFC 7644 §3.5.1): replaces every mapped value, guarded by the stored version. */
public interface ReplaceScimUserUseCase {

    ScimUserView replace(ReplaceScimUserCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record ReplaceScimUserCommand(ScimContext context, String userId, ScimObject resource, Long expectedVersion,
                                  RequestInfo request) {
    }
}
