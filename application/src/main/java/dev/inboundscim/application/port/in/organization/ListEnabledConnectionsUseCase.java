package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.OrganizationId;
import java.util.List;

/** The connections enabled on an organization. */
public interface ListEnabledConnectionsUseCase {

    List<EnabledConnection> enabledConnections(OrganizationId id);
}
