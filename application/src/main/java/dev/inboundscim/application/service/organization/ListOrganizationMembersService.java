package dev.inboundscim.application.service.organization;

import dev.inboundscim.application.port.in.organization.ListOrganizationMembersUseCase;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Pages through an organization's members. */
public final class ListOrganizationMembersService implements ListOrganizationMembersUseCase {

    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 100;

    private final OrganizationRepository organizations;
    private final UserRepository users;

    public ListOrganizationMembersService(OrganizationRepository organizations, UserRepository users) {
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    public MemberPage members(ListMembersCommand command) {
        Organization organization = Organizations.require(organizations, command.organizationId());
        int limit = command.take() == null ? DEFAULT_TAKE : Math.max(1, Math.min(command.take(), MAX_TAKE));
        List<UserId> ids = organizations.members(organization.id(), command.after(), limit);
        List<User> members = ids.stream().map(users::findById).flatMap(Optional::stream).toList();
        return new MemberPage(members, ids.size() < limit ? null : ids.getLast().value());
    }
}
