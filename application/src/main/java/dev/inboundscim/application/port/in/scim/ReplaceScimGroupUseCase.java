package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimObject;

/** SCIM PUT /Groups/{id} (RFC 7644 §3.5.1): displayName, externalId and the whole membership replaced. */
public interface ReplaceScimGroupUseCase {

    ScimGroupView replace(ReplaceScimGroupCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record ReplaceScimGroupCommand(ScimContext context, String groupId, ScimObject resource, Long expectedVersion,
                                   RequestInfo request) {
    }
}
