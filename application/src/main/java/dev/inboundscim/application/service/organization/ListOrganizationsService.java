package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.ListOrganizationsUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.organization.Organization;
import java.util.List;

/** Lists the organizations. */
public final class ListOrganizationsService implements ListOrganizationsUseCase {

    private final OrganizationRepository organizations;

    public ListOrganizationsService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public List<Organization> list() {
        return organizations.list();
    }
}
