package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.OrganizationUseCases.CreateOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.DeleteOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.EnableConnectionUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.GetOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.ListEnabledConnectionsUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.ListMembersUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.ListOrganizationsUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.MemberPage;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Organizations, their enabled connections and members. */
public final class OrganizationServices implements CreateOrganizationUseCase, ListOrganizationsUseCase,
        GetOrganizationUseCase, DeleteOrganizationUseCase, EnableConnectionUseCase, ListEnabledConnectionsUseCase,
        ListMembersUseCase {

    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 100;

    private final OrganizationRepository organizations;
    private final ConnectionLookup connections;
    private final UserRepository users;
    private final Clock clock;

    public OrganizationServices(OrganizationRepository organizations, ConnectionLookup connections,
                                UserRepository users, Clock clock) {
        this.organizations = organizations;
        this.connections = connections;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Organization create(String name, String displayName) {
        Organization organization = Organization.create(name, displayName, clock.instant());
        organizations.insert(organization);
        return organization;
    }

    @Override
    public List<Organization> list() {
        return organizations.list();
    }

    @Override
    public Organization get(String id) {
        return require(id);
    }

    @Override
    public void delete(String id) {
        if (!organizations.delete(require(id).id())) {
            throw new NotFoundException("Organization not found");
        }
    }

    @Override
    public EnabledConnection enable(String organizationId, String connectionId, boolean assignMembershipOnLogin) {
        Organization organization = require(organizationId);
        if (connectionId == null) {
            throw BadRequestException.invalidValue("connection_id is required");
        }
        EnabledConnection enabled = new EnabledConnection(organization.id(), connections.require(connectionId).id(),
                assignMembershipOnLogin);
        organizations.enable(enabled);
        return enabled;
    }

    @Override
    public List<EnabledConnection> enabledConnections(String organizationId) {
        return organizations.enabledConnections(require(organizationId).id());
    }

    @Override
    public MemberPage members(String organizationId, String from, Integer take) {
        Organization organization = require(organizationId);
        int limit = take == null ? DEFAULT_TAKE : Math.max(1, Math.min(take, MAX_TAKE));
        if (from != null && !from.isBlank() && !UserId.isAcceptable(from)) {
            throw BadRequestException.invalidValue("from must be the next checkpoint of a previous page");
        }
        UserId after = from == null || from.isBlank() ? null : new UserId(from);
        List<UserId> ids = organizations.members(organization.id(), after, limit);
        List<User> members = ids.stream().map(users::findById).flatMap(Optional::stream).toList();
        return new MemberPage(members, ids.size() < limit ? null : ids.getLast().value());
    }

    private Organization require(String id) {
        if (!OrganizationId.isWellFormed(id)) {
            throw new NotFoundException("Organization not found");
        }
        return organizations.findById(new OrganizationId(id))
                .orElseThrow(() -> new NotFoundException("Organization not found"));
    }
}
