package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;

/** A stored user and its SCIM attributes computed through the connection's mapping (no id, schemas or meta). */
public record ScimUserView(User user, ScimObject attributes) {
}
