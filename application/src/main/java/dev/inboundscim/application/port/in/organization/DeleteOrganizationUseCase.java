package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.OrganizationId;

/** Deletes an organization with its enabled connections and memberships. */
public interface DeleteOrganizationUseCase {

    void delete(OrganizationId id);
}
