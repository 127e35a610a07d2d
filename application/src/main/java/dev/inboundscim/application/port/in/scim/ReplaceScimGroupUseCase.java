package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupResource;
import dev.inboundscim.domain.log.RequestInfo;
import java.util.Objects;

/** SCIM PUT /Groups/{id} (RFC 7644 §3.5.1): displayName, externalId and the whole membership replaced. */
public interface ReplaceScimGroupUseCase {

    ScimGroupView replace(ReplaceScimGroupCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record ReplaceScimGroupCommand(ScimContext context, GroupId groupId, GroupResource resource,
                                   Long expectedVersion, RequestInfo request) {
        public ReplaceScimGroupCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(resource, "resource");
        }
    }
}
