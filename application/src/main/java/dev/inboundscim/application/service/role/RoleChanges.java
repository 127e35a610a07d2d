package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.out.RoleAssignmentWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogRouter;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.List;

/**
 * Decides what a role assignment change logs (SPEC §12): one {@code user.role.assigned|deleted} or
 * {@code group.role.assigned|deleted} entry per role, naming the role, the group and organization, or the user and
 * the source, each routed to its streams; the store keeps an entry only with a change that changed something.
 */
public final class RoleChanges {

    private final LogEntries entries;
    private final LogRouter router;

    public RoleChanges(LogEntries entries, LogRouter router) {
        this.entries = entries;
        this.router = router;
    }

    public RoleAssignmentWrite write(RoleHolder holder, List<Role> assigned, List<Role> removed) {
        Instant now = entries.now();
        return new RoleAssignmentWrite(holder, assigned.stream().map(role -> change(holder, role, true, now)).toList(),
                removed.stream().map(role -> change(holder, role, false, now)).toList());
    }

    private RoleAssignmentWrite.Change change(RoleHolder holder, Role role, boolean assigned, Instant now) {
        ScimObject.Builder details = ScimObject.builder().put("role_id", role.id().value())
                .put("role_name", role.name());
        String userId = null;
        LogType type;
        String description;
        switch (holder) {
            case RoleHolder.OfUser user -> {
                userId = user.userId().value();
                details.put("source", user.source().code());
                type = assigned ? LogType.USER_ROLE_ASSIGNED : LogType.USER_ROLE_DELETED;
                description = assigned ? "Role assigned to user" : "Role removed from user";
            }
            case RoleHolder.OfGroup group -> {
                details.put("group_id", group.groupId().value());
                type = assigned ? LogType.GROUP_ROLE_ASSIGNED : LogType.GROUP_ROLE_DELETED;
                description = assigned ? "Role assigned to group" : "Role removed from group";
            }
            case RoleHolder.OfOrganizationGroup group -> {
                details.put("group_id", group.groupId().value())
                        .put("organization_id", group.organizationId().value());
                type = assigned ? LogType.GROUP_ROLE_ASSIGNED : LogType.GROUP_ROLE_DELETED;
                description = assigned ? "Role assigned to group in organization"
                        : "Role removed from group in organization";
            }
        }
        return new RoleAssignmentWrite.Change(role.id(), router.route(entries.event(type,
                holder.connectionId().value(), description, userId, details.build(), now)));
    }
}
