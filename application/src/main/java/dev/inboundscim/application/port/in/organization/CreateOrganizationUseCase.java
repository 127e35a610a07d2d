package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.Organization;

/** Creates an organization; its name is unique. */
public interface CreateOrganizationUseCase {

    Organization create(CreateOrganizationCommand command);

    /** {@code displayName} null: none. */
    record CreateOrganizationCommand(String name, String displayName) {
    }
}
