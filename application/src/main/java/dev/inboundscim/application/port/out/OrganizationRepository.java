package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores organizations, their enabled connections and their members. */
public interface OrganizationRepository {

    /** {@code ConflictException.uniqueness} when the name is taken, decided by the store. */
    void insert(Organization organization);

    Optional<Organization> findById(OrganizationId id);

    /** Every organization, in creation order. */
    List<Organization> list();

    /** Deletes it with its enabled connections and memberships; false when absent. */
    boolean delete(OrganizationId id);

    /** Enables (or re-configures) a connection for the organization. */
    void enable(EnabledConnection enabled);

    List<EnabledConnection> enabledConnections(OrganizationId id);

    /** The organizations that have {@code connectionId} enabled with assignment on, in creation order. */
    List<OrganizationId> assigning(ConnectionId connectionId);

    /**
     * Adds {@code userId} to each of {@code organizations} that still exists; members already in stay, and a user
     * that does not exist joins nothing. Returns the organizations it is a member of among them.
     */
    List<OrganizationId> join(List<OrganizationId> organizations, UserId userId);

    /**
     * Members in user id order after {@code after} (null: from the first), at most {@code limit}; users deleted since
     * they joined are not members any more.
     */
    List<UserId> members(OrganizationId id, UserId after, int limit);
}
