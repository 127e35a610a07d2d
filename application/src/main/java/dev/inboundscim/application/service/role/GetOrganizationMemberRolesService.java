package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.GetOrganizationMemberRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.role.EffectiveRoles;
import dev.inboundscim.domain.role.HeldRole;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** The roles a member holds in one organization; a user that is no member there (or none at all) is a 404. */
public final class GetOrganizationMemberRolesService implements GetOrganizationMemberRolesUseCase {

    private final RoleRepository roles;

    public GetOrganizationMemberRolesService(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public List<EffectiveRole> roles(OrganizationId organizationId, UserId userId) {
        List<HeldRole> held = roles.heldInOrganizations(userId).get(organizationId);
        if (held == null) {
            throw new NotFoundException("The user is not a member of the organization");
        }
        return EffectiveRoles.of(held);
    }
}
