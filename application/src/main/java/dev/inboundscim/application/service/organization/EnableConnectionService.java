package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.EnableConnectionUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;

/** Enables a connection on an organization (again: changes its membership flag). */
public final class EnableConnectionService implements EnableConnectionUseCase {

    private final OrganizationRepository organizations;
    private final ConnectionLookup connections;

    public EnableConnectionService(OrganizationRepository organizations, ConnectionLookup connections) {
        this.organizations = organizations;
        this.connections = connections;
    }

    @Override
    public EnabledConnection enable(EnableConnectionCommand command) {
        Organization organization = Organizations.require(organizations, command.organizationId());
        if (command.connectionId() == null) {
            throw BadRequestException.invalidValue("connection_id is required");
        }
        EnabledConnection enabled = new EnabledConnection(organization.id(),
                connections.require(command.connectionId()).id(), command.assignMembershipOnLogin());
        organizations.enable(enabled);
        return enabled;
    }
}
