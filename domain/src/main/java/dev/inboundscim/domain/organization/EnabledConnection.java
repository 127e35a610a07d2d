package dev.inboundscim.domain.organization;

import dev.inboundscim.domain.connection.ConnectionId;
import java.util.Objects;

/** A connection enabled for an organization; with {@code assignMembershipOnLogin} its users join it. */
public record EnabledConnection(OrganizationId organizationId, ConnectionId connectionId,
                                boolean assignMembershipOnLogin) {

    public EnabledConnection {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(connectionId, "connectionId");
    }
}
