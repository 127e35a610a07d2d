package dev.inboundscim.domain.role;

import dev.inboundscim.domain.group.GroupId;
import java.util.Objects;

/** Why a user holds a role (SPEC §12 {@code sources}): {@code direct}, {@code scim} or {@code group:<grp_id>}. */
public sealed interface RoleSource {

    /** The wire form. */
    String text();

    static RoleSource of(UserRoleSource source) {
        return switch (source) {
            case DIRECT -> new Direct();
            case SCIM -> new Scim();
        };
    }

    /** Assigned to the user through the Management API. */
    record Direct() implements RoleSource {
        @Override
        public String text() {
            return UserRoleSource.DIRECT.code();
        }
    }

    /** Synchronised from the user's SCIM {@code roles} attribute. */
    record Scim() implements RoleSource {
        @Override
        public String text() {
            return UserRoleSource.SCIM.code();
        }
    }

    /** Inherited from a group the user is a member of. */
    record Inherited(GroupId groupId) implements RoleSource {
        public Inherited {
            Objects.requireNonNull(groupId, "groupId");
        }

        @Override
        public String text() {
            return "group:" + groupId.value();
        }
    }
}
