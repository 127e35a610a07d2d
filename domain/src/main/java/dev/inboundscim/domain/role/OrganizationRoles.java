package dev.inboundscim.domain.role;

import dev.inboundscim.domain.organization.OrganizationId;
import java.util.List;
import java.util.Objects;

/** The roles a user holds inside one organization it is a member of (possibly none). */
public record OrganizationRoles(OrganizationId organizationId, List<EffectiveRole> roles) {

    public OrganizationRoles {
        Objects.requireNonNull(organizationId, "organizationId");
        roles = List.copyOf(roles);
    }
}
