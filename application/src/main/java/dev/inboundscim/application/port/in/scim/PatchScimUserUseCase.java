package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/**
 * SCIM PATCH /Users/{id} (RFC 7644 §3.5.2): applies the operations to the user's SCIM view and maps the result back,
 * all or nothing. Without {@code expectedVersion} a concurrent writer's change is never lost: the patch is
 * re-applied to the fresh copy.
 */
public interface PatchScimUserUseCase {

    ScimUserView patch(PatchScimUserCommand command);

    /** {@code expectedVersion} comes from {@code If-Match}; null when the client sent none. */
    record PatchScimUserCommand(ScimContext context, UserId userId, PatchRequest patch, Long expectedVersion,
                                RequestInfo request) {
        public PatchScimUserCommand {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(patch, "patch");
        }
    }
}
