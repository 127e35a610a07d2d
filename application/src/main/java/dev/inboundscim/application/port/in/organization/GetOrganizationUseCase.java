package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;

/** One organization; not found when it does not exist. */
public interface GetOrganizationUseCase {

    Organization get(OrganizationId id);
}
