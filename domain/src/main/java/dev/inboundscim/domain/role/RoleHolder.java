package dev.inboundscim.domain.role;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/** What roles are assigned to (SPEC §12): a user (by one source), a group, or a group inside an organization. */
public sealed interface RoleHolder {

    /** Every holder belongs to one connection: stores key assignments by it. */
    ConnectionId connectionId();

    /** A user's own roles of one source. */
    record OfUser(ConnectionId connectionId, UserId userId, UserRoleSource source) implements RoleHolder {
        public OfUser {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(source, "source");
        }
    }

    /** A group's tenant-level roles, which every member inherits. */
    record OfGroup(ConnectionId connectionId, GroupId groupId) implements RoleHolder {
        public OfGroup {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(groupId, "groupId");
        }
    }

    /** A group's roles inside one organization, which its members hold in that organization. */
    record OfOrganizationGroup(OrganizationId organizationId, ConnectionId connectionId, GroupId groupId)
            implements RoleHolder {
        public OfOrganizationGroup {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(groupId, "groupId");
        }
    }
}
