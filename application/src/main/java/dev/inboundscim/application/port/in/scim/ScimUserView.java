package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.util.List;

/**
 * A stored user, its SCIM attributes computed through the connection's mapping (no id, schemas or meta), and the
 * groups it belongs to (its read-only {@code groups}).
 */
public record ScimUserView(User user, ScimObject attributes, List<GroupRef> groups) {
    public ScimUserView {
        groups = List.copyOf(groups);
    }
}
