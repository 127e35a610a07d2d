package dev.inboundscim.application.port.in.user;

import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.domain.user.UserId;

/**
 * A user as its connection's SCIM endpoint shows it to the IdP, for the console's SCIM view; 404 when the user is
 * absent or its connection has no SCIM configuration (no mapping to show it through).
 */
public interface GetUserScimViewUseCase {

    ScimUserView scimView(UserId userId);
}
