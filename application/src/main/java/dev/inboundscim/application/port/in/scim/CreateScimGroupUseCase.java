package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.group.GroupResource;
import dev.inboundscim.domain.log.RequestInfo;
import java.util.Objects;

/** SCIM POST /Groups (RFC 7644 §3.3): a new group with its members, which must be users of the connection. */
public interface CreateScimGroupUseCase {

    ScimGroupView create(CreateScimGroupCommand command);

    record CreateScimGroupCommand(ScimContext context, GroupResource resource, RequestInfo request) {
        public CreateScimGroupCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(resource, "resource");
        }
    }
}
