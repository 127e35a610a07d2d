package dev.inboundscim.application.service.auth;

import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.UnauthorizedException;

/** The two ways a SCIM request is refused before its scope is looked at, worded once. */
final class ScimRefusals {

    private ScimRefusals() {
    }

    static NotFoundException noEndpoint() {
        return new NotFoundException("No SCIM endpoint at this address");
    }

    static UnauthorizedException noValidToken() {
        return new UnauthorizedException("A valid SCIM bearer token for this connection is required");
    }
}
