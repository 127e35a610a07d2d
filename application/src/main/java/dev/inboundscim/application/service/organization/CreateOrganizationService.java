package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.CreateOrganizationUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.organization.Organization;
import java.time.Clock;

/** Creates an organization; {@link Organization} validates its name. */
public final class CreateOrganizationService implements CreateOrganizationUseCase {

    private final OrganizationRepository organizations;
    private final Clock clock;

    public CreateOrganizationService(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public Organization create(CreateOrganizationCommand command) {
        Organization organization = Organization.create(command.name(), command.displayName(), clock.instant());
        organizations.insert(organization);
        return organization;
    }
}
