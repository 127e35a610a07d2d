package dev.inboundscim.domain.role;

import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/** What a Management API request assigns roles to (SPEC §12), as its path names it. */
public sealed interface RoleTarget {

    /** {@code /users/{user_id}/roles}: the user's direct roles. */
    record User(UserId userId) implements RoleTarget {
        public User {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** {@code /groups/{id}/roles}: the group's tenant-level roles. */
    record Group(GroupId groupId) implements RoleTarget {
        public Group {
            Objects.requireNonNull(groupId, "groupId");
        }
    }

    /** {@code /organizations/{org_id}/groups/{group_id}/roles}: the group's roles in the organization. */
    record OrganizationGroup(OrganizationId organizationId, GroupId groupId) implements RoleTarget {
        public OrganizationGroup {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(groupId, "groupId");
        }
    }
}
