package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.log.RequestInfo;
import java.util.Objects;

/** SCIM DELETE /Groups/{id} (RFC 7644 §3.6); the members stay, only their membership goes. */
public interface DeleteScimGroupUseCase {

    void delete(DeleteScimGroupCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record DeleteScimGroupCommand(ScimContext context, GroupId groupId, Long expectedVersion, RequestInfo request) {
        public DeleteScimGroupCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(groupId, "groupId");
        }
    }
}
