package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.OrganizationId;

/**
 * Enables a connection on an organization; with {@code assignMembershipOnLogin} its users join on creation and at
 * login (SPEC §5).
 */
public interface EnableConnectionUseCase {

    EnabledConnection enable(EnableConnectionCommand command);

    /** {@code connectionId} null: the request named none (400). */
    record EnableConnectionCommand(OrganizationId organizationId, ConnectionId connectionId,
                                   boolean assignMembershipOnLogin) {
    }
}
