package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.log.RequestInfo;
import java.util.Objects;

/** SCIM GET /Groups/{id} (RFC 7644 §3.4.1). */
public interface GetScimGroupUseCase {

    ScimGroupView get(GetScimGroupCommand command);

    record GetScimGroupCommand(ScimContext context, GroupId groupId, RequestInfo request) {
        public GetScimGroupCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(groupId, "groupId");
        }
    }
}
