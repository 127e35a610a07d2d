package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.ListEnabledConnectionsUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.OrganizationId;
import java.util.List;

/** Lists the connections enabled on an organization. */
public final class ListEnabledConnectionsService implements ListEnabledConnectionsUseCase {

    private final OrganizationRepository organizations;

    public ListEnabledConnectionsService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public List<EnabledConnection> enabledConnections(OrganizationId id) {
        return organizations.enabledConnections(Organizations.require(organizations, id).id());
    }
}
