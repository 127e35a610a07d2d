package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;

/** Reads an organization the use cases need to exist. */
final class Organizations {

    private Organizations() {
    }

    static Organization require(OrganizationRepository organizations, OrganizationId id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization not found"));
    }
}
