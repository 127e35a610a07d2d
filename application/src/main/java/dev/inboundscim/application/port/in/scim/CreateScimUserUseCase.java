package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimObject;

/** SCIM POST /Users (RFC 7644 §3.3): maps the resource into a new profile; 409 uniqueness on a duplicate. */
public interface CreateScimUserUseCase {

    ScimUserView create(CreateScimUserCommand command);

    record CreateScimUserCommand(ScimContext context, ScimObject resource, RequestInfo request) {
    }
}
