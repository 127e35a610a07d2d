package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.GetOrganizationUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;

/** Reads one organization. */
public final class GetOrganizationService implements GetOrganizationUseCase {

    private final OrganizationRepository organizations;

    public GetOrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public Organization get(OrganizationId id) {
        return Organizations.require(organizations, id);
    }
}
