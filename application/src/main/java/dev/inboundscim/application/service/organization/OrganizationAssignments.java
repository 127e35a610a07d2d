package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/**
 * Which organizations a connection's users join (SPEC §5, {@code assign_membership_on_login}): read from the store,
 * or from memory while it observes changes to organizations' connections.
 */
public final class OrganizationAssignments {

    private final OrganizationRepository organizations;
    private final ObservedCache<ConnectionId, List<OrganizationId>> assigning;

    public OrganizationAssignments(OrganizationRepository organizations, SettingsChanges changes) {
        this.organizations = organizations;
        this.assigning = new ObservedCache<>(changes, organizations::assigning);
    }

    /** The organizations that users of {@code connectionId} join when they are created or log in. */
    public List<OrganizationId> of(ConnectionId connectionId) {
        return assigning.get(connectionId);
    }

    /** Makes {@code userId} a member of every organization that assigns {@code connectionId}; idempotent. */
    public void join(ConnectionId connectionId, UserId userId) {
        organizations.join(of(connectionId), userId);
    }
}
