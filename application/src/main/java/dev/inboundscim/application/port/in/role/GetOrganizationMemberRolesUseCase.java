package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** The roles a member holds inside an organization through its groups; 404 when it is no member. */
public interface GetOrganizationMemberRolesUseCase {

    List<EffectiveRole> roles(OrganizationId organizationId, UserId userId);
}
