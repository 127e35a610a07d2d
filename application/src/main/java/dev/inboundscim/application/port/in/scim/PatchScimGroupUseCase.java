package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import java.util.Objects;

/**
 * SCIM PATCH /Groups/{id} (RFC 7644 §3.5.2), all operations or none; membership operations become a delta, so the
 * cost is the size of the change.
 */
public interface PatchScimGroupUseCase {

    ScimGroupView patch(PatchScimGroupCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record PatchScimGroupCommand(ScimContext context, GroupId groupId, PatchRequest patch, Long expectedVersion,
                                 RequestInfo request) {
        public PatchScimGroupCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(patch, "patch");
        }
    }
}
