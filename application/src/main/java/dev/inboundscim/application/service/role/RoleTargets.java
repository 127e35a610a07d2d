package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleTarget;
import dev.inboundscim.domain.role.UserRoleSource;
import dev.inboundscim.domain.user.User;

/** Turns the target a request names into the holder the store keys by, refusing targets that do not exist. */
public final class RoleTargets {

    private final UserRepository users;
    private final GroupRepository groups;
    private final OrganizationRepository organizations;

    public RoleTargets(UserRepository users, GroupRepository groups, OrganizationRepository organizations) {
        this.users = users;
        this.groups = groups;
        this.organizations = organizations;
    }

    RoleHolder holder(RoleTarget target) {
        return switch (target) {
            case RoleTarget.User user -> new RoleHolder.OfUser(requireUser(user).connectionId(), user.userId(),
                    UserRoleSource.DIRECT);
            case RoleTarget.Group group -> {
                Group found = requireGroup(group.groupId());
                yield new RoleHolder.OfGroup(found.connectionId(), found.id());
            }
            case RoleTarget.OrganizationGroup group -> {
                organizations.findById(group.organizationId())
                        .orElseThrow(() -> new NotFoundException("Organization not found"));
                Group found = requireGroup(group.groupId());
                // SPEC §12: only a group whose connection is enabled on the organization can hold roles there.
                boolean enabled = organizations.enabledConnections(group.organizationId()).stream()
                        .anyMatch(e -> e.connectionId().equals(found.connectionId()));
                if (!enabled) {
                    throw BadRequestException.invalidValue("The group's connection is not enabled on the organization");
                }
                yield new RoleHolder.OfOrganizationGroup(group.organizationId(), found.connectionId(), found.id());
            }
        };
    }

    User requireUser(RoleTarget.User user) {
        return users.findById(user.userId()).orElseThrow(() -> new NotFoundException("User not found"));
    }

    private Group requireGroup(GroupId id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("Group not found"));
    }
}
