package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.util.List;

/**
 * A stored user, its SCIM attributes computed through the connection's mapping (no id, schemas or meta), the
 * groups it belongs to (its read-only {@code groups}), and the connection's User schemas the document follows.
 */
public record ScimUserView(User user, ScimObject attributes, List<GroupRef> groups, UserSchemaSet schemas) {
    public ScimUserView {
        groups = List.copyOf(groups);
    }
}
