package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.user.User;
import java.util.List;

/** The Management API's {@code /organizations} operations, one interface each. */
public final class OrganizationUseCases {

    private OrganizationUseCases() {
    }

    public interface CreateOrganizationUseCase {
        Organization create(String name, String displayName);
    }

    public interface ListOrganizationsUseCase {
        List<Organization> list();
    }

    public interface GetOrganizationUseCase {
        Organization get(String id);
    }

    public interface DeleteOrganizationUseCase {
        void delete(String id);
    }

    /** Enables a connection; with {@code assignMembershipOnLogin} its users join on creation and at login. */
    public interface EnableConnectionUseCase {
        EnabledConnection enable(String organizationId, String connectionId, boolean assignMembershipOnLogin);
    }

    public interface ListEnabledConnectionsUseCase {
        List<EnabledConnection> enabledConnections(String organizationId);
    }

    /** Members in user id order after the checkpoint {@code from}, at most {@code take} (default 50, max 100). */
    public interface ListMembersUseCase {
        MemberPage members(String organizationId, String from, Integer take);
    }

    /** {@code next} is the checkpoint of the following page, null on the last. */
    public record MemberPage(List<User> members, String next) {
    }
}
