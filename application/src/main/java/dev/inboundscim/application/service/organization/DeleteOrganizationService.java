package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.DeleteOrganizationUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.OrganizationId;

/** Deletes an organization. */
public final class DeleteOrganizationService implements DeleteOrganizationUseCase {

    private final OrganizationRepository organizations;

    public DeleteOrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public void delete(OrganizationId id) {
        if (!organizations.delete(Organizations.require(organizations, id).id())) {
            throw new NotFoundException("Organization not found");
        }
    }
}
