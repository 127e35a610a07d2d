package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link OrganizationRepository} must have. */
public abstract class OrganizationRepositoryContract extends ContractSupport {

    private OrganizationRepository organizations() {
        return repositories().organizations();
    }

    private Organization newOrganization() {
        Organization organization = Organization.create(unique("org-").toLowerCase(Locale.ROOT), "Org", now());
        organizations().insert(organization);
        return organization;
    }

    @Test
    void namesAreUniqueAndOrganizationsRoundTrip() {
        Organization organization = newOrganization();
        assertEquals(organization, organizations().findById(organization.id()).orElseThrow());
        assertTrue(organizations().list().contains(organization));
        assertThrows(ConflictException.class, () -> organizations().insert(
                Organization.create(organization.name(), null, now())));
    }

    @Test
    void onlyOrganizationsThatAssignTheConnectionGetItsUsersOnce() {
        Connection connection = newConnection();
        Organization assigning = newOrganization();
        Organization manual = newOrganization();
        organizations().enable(new EnabledConnection(assigning.id(), connection.id(), true));
        organizations().enable(new EnabledConnection(manual.id(), connection.id(), false));
        User ada = insertedUser(connection, "ada", "ext-ada");

        assertEquals(List.of(assigning.id()), assignMemberships(connection.id(), ada.id()));
        assignMemberships(connection.id(), ada.id());

        assertEquals(List.of(ada.id()), organizations().members(assigning.id(), null, 10));
        assertEquals(List.of(), organizations().members(manual.id(), null, 10));
        assertEquals(2, organizations().enabledConnections(assigning.id()).size()
                + organizations().enabledConnections(manual.id()).size());
    }

    @Test
    void aNewUserJoinsTheOrganizationsThatAssignItsConnectionWithItsCreation() {
        Connection connection = newConnection();
        Organization assigning = newOrganization();
        Organization manual = newOrganization();
        organizations().enable(new EnabledConnection(assigning.id(), connection.id(), true));
        organizations().enable(new EnabledConnection(manual.id(), connection.id(), false));

        User user = insertedUser(connection, "new", "ext-new");

        assertEquals(List.of(user.id()), organizations().members(assigning.id(), null, 10));
        assertEquals(List.of(), organizations().members(manual.id(), null, 10));
    }

    @Test
    void membersPageInUserIdOrderAndLeaveWithTheirUser() {
        Connection connection = newConnection();
        Organization organization = newOrganization();
        organizations().enable(new EnabledConnection(organization.id(), connection.id(), true));
        User b = insertedUser(connection, "b", "ext-b");
        User a = insertedUser(connection, "a", "ext-a");
        User c = insertedUser(connection, "c", "ext-c");
        for (User user : List.of(a, b, c)) {
            assignMemberships(connection.id(), user.id());
        }

        List<UserId> first = organizations().members(organization.id(), null, 2);
        assertEquals(List.of(a.id(), b.id()), first);
        assertEquals(List.of(c.id()), organizations().members(organization.id(), first.getLast(), 2));

        assertTrue(deleteUser(b.id()));
        assertEquals(List.of(a.id(), c.id()), organizations().members(organization.id(), null, 10));
        assertEquals(List.of(), assignMemberships(connection.id(), new UserId("okta|gone|x")).stream()
                .filter(o -> !o.equals(organization.id())).toList());
        assertFalse(organizations().members(organization.id(), null, 10).contains(new UserId("okta|gone|x")),
                "a user that does not exist joins nothing");
    }

    @Test
    void anOrganizationDeletedSinceTheAssignmentWasReadIsNotJoined() {
        Connection connection = newConnection();
        Organization kept = newOrganization();
        Organization deleted = newOrganization();
        User user = insertedUser(connection, "late", "ext-late");
        assertTrue(organizations().delete(deleted.id()));

        assertEquals(List.of(kept.id()), organizations().join(List.of(kept.id(), deleted.id()), user.id()));
        assertEquals(List.of(user.id()), organizations().members(kept.id(), null, 10));
        assertEquals(List.of(), organizations().members(deleted.id(), null, 10));
    }

    /** What the application does for a login: the user joins the organizations that assign its connection. */
    private List<OrganizationId> assignMemberships(ConnectionId connectionId, UserId userId) {
        return organizations().join(organizations().assigning(connectionId), userId);
    }

    @Test
    void deletingAnOrganizationDropsItsConnectionsAndMembers() {
        Connection connection = newConnection();
        Organization organization = newOrganization();
        organizations().enable(new EnabledConnection(organization.id(), connection.id(), true));
        User user = insertedUser(connection, "d", "ext-d");
        assignMemberships(connection.id(), user.id());

        assertTrue(organizations().delete(organization.id()));

        assertTrue(organizations().findById(organization.id()).isEmpty());
        assertEquals(List.of(), organizations().enabledConnections(organization.id()));
        assertEquals(List.of(), organizations().members(organization.id(), null, 10));
        assertEquals(List.of(), assignMemberships(connection.id(), user.id()));
        assertFalse(organizations().delete(organization.id()));
    }
}
