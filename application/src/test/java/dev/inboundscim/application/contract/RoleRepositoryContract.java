package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.RoleAssignmentWrite;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.role.EffectiveRoles;
import dev.inboundscim.domain.role.HeldRole;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.RoleSource;
import dev.inboundscim.domain.role.UserRoleSource;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RoleRepository} must have (SPEC §12). */
public abstract class RoleRepositoryContract extends ContractSupport {

    private RoleRepository roles() {
        return repositories().roles();
    }

    private Role newRole(String prefix) {
        Role role = Role.create(unique(prefix), "About " + prefix, now());
        roles().insert(role);
        return role;
    }

    private LogEntry roleLog(Connection connection, LogType type, String userId, Role role) {
        return new LogEntry(LOG_IDS.next(now()), type, now(), connection.id().value(), type.code(), null, null, userId,
                ScimObject.builder().put("role_id", role.id().value()).build());
    }

    private void assign(RoleHolder holder, Connection connection, LogType type, String userId, Role... given) {
        List<RoleAssignmentWrite.Change> changes = new ArrayList<>();
        for (Role role : given) {
            changes.add(new RoleAssignmentWrite.Change(role.id(), routed(roleLog(connection, type, userId, role))));
        }
        roles().assign(new RoleAssignmentWrite(holder, changes, List.of()));
    }

    private void unassign(RoleHolder holder, Connection connection, LogType type, Role... taken) {
        List<RoleAssignmentWrite.Change> changes = new ArrayList<>();
        for (Role role : taken) {
            changes.add(new RoleAssignmentWrite.Change(role.id(), routed(roleLog(connection, type, null, role))));
        }
        roles().assign(new RoleAssignmentWrite(holder, List.of(), changes));
    }

    private static RoleHolder direct(User user) {
        return new RoleHolder.OfUser(user.connectionId(), user.id(), UserRoleSource.DIRECT);
    }

    private static RoleHolder scim(User user) {
        return new RoleHolder.OfUser(user.connectionId(), user.id(), UserRoleSource.SCIM);
    }

    private static RoleHolder of(Group group) {
        return new RoleHolder.OfGroup(group.connectionId(), group.id());
    }

    private Map<RoleId, List<String>> effective(User user) {
        Map<RoleId, List<String>> view = new LinkedHashMap<>();
        for (EffectiveRole role : EffectiveRoles.of(roles().held(user.id()))) {
            view.put(role.role().id(), role.sources().stream().map(RoleSource::text).toList());
        }
        return view;
    }

    private void removeMember(Connection connection, Group group, User user) {
        groups().update(updating(connection.id(), group.id(), null, new GroupEdit(null, false, null,
                new MembershipChange(false, Set.of(), Set.of(user.id()))), NO_LIMIT, now(),
                List.of(log(connection, null))));
    }

    @Test
    void rolesRoundTripAndNamesAreUniqueIgnoringCase() {
        Role role = newRole("Admin-");
        assertEquals(role, roles().findById(role.id()).orElseThrow());
        assertThrows(ConflictException.class, () -> roles().insert(Role.create(role.name().toUpperCase(Locale.ROOT),
                null, now())));
        Role renamed = role.edited(role.name() + "-x", "Changed", now());
        roles().update(renamed);
        assertEquals(renamed, roles().findById(role.id()).orElseThrow());
        Role other = newRole("Other-");
        assertThrows(ConflictException.class, () -> roles().update(other.edited(renamed.name(), null, now())));
        assertEquals(Set.of(renamed, other), Set.copyOf(roles().findAll(List.of(role.id(), other.id(),
                RoleId.generate()))));
    }

    @Test
    void concurrentCreatesOfOneNameHaveExactlyOneWinner() throws InterruptedException {
        String name = unique("Race-");
        List<Callable<Role>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String spelling = i % 2 == 0 ? name : name.toUpperCase(Locale.ROOT);
            tasks.add(() -> {
                Role role = Role.create(spelling, null, now());
                roles().insert(role);
                return role;
            });
        }
        List<Outcome<Role>> outcomes = concurrently(tasks);
        assertEquals(1, outcomes.stream().filter(Outcome::succeeded).count());
        outcomes.stream().filter(o -> !o.succeeded())
                .forEach(o -> assertInstanceOf(ConflictException.class, o.failure()));
    }

    @Test
    void listsInCreationOrderAndFiltersOnValueAndDisplay() {
        String tag = unique("f").toLowerCase(Locale.ROOT);
        Role first = Role.create("Reader-" + tag, null, now());
        Role second = Role.create("Writer-" + tag, "Can write " + tag, now());
        roles().insert(first);
        roles().insert(second);
        Page<Role> both = roles().list(RoleFilter.of(FilterParser.parse("value co \"" + tag + "\"")), 0, 10);
        assertEquals(List.of(first, second), both.items());
        assertEquals(2, both.total());
        assertEquals(List.of(second), roles().list(RoleFilter.of(FilterParser.parse("value co \"" + tag
                + "\"")), 1, 10).items(), "paged");
        assertEquals(List.of(first), roles().list(RoleFilter.of(FilterParser.parse("value eq \"READER-" + tag
                + "\"")), 0, 10).items());
        assertEquals(List.of(second), roles().list(RoleFilter.of(FilterParser.parse("display sw \"can write "
                + tag + "\"")), 0, 10).items());
        assertEquals(List.of(first), roles().list(RoleFilter.of(FilterParser.parse("display eq \"reader-" + tag
                + "\" or value eq \"nothing-" + tag + "\"")), 0, 10).items(), "display falls back to the name");
        assertEquals(0, roles().list(RoleFilter.of(FilterParser.parse("value co \"%" + tag + "\"")), 0, 10)
                .total(), "a pattern character is a plain character");
    }

    @Test
    void effectiveRolesComeFromEverySourceAndFollowMembershipAtOnce() {
        Connection connection = newConnection();
        User ada = insertedUser(connection, "ada", "ext-ada");
        User bob = insertedUser(connection, "bob", "ext-bob");
        Group engineers = insertedGroup(connection, unique("eng-"), ada, bob);
        Role admin = newRole("admin-");
        Role viewer = newRole("viewer-");
        Role synced = newRole("synced-");

        assign(direct(ada), connection, LogType.USER_ROLE_ASSIGNED, ada.id().value(), admin);
        assign(scim(ada), connection, LogType.USER_ROLE_ASSIGNED, ada.id().value(), synced);
        assign(of(engineers), connection, LogType.GROUP_ROLE_ASSIGNED, null, admin, viewer);

        assertEquals(Map.of(admin.id(), List.of("direct", "group:" + engineers.id().value()),
                viewer.id(), List.of("group:" + engineers.id().value()),
                synced.id(), List.of("scim")), effective(ada));
        assertEquals(List.of(admin, viewer).stream().sorted(Comparator.comparing(Role::nameKey)).toList(),
                roles().assigned(of(engineers)));
        assertEquals(List.of(synced), roles().assigned(scim(ada)));

        removeMember(connection, engineers, ada);
        assertEquals(Map.of(admin.id(), List.of("direct"), synced.id(), List.of("scim")), effective(ada));
        assertEquals(Set.of(admin.id(), viewer.id()), effective(bob).keySet());
    }

    @Test
    void anAssignmentIsLoggedOnceWithItsChangeAndRemovalOnlyWhenHeld() {
        Connection connection = newConnection();
        User ada = insertedUser(connection, "ada", "ext-ada");
        Role admin = newRole("admin-");
        int before = logsOf(connection).size();

        assign(direct(ada), connection, LogType.USER_ROLE_ASSIGNED, ada.id().value(), admin);
        assign(direct(ada), connection, LogType.USER_ROLE_ASSIGNED, ada.id().value(), admin);
        unassign(scim(ada), connection, LogType.USER_ROLE_DELETED, admin);

        List<LogEntry> logs = logsOf(connection);
        assertEquals(before + 1, logs.size());
        assertEquals(LogType.USER_ROLE_ASSIGNED, logs.getFirst().type());
        assertEquals(ada.id().value(), logs.getFirst().userId());

        unassign(direct(ada), connection, LogType.USER_ROLE_DELETED, admin);
        assertEquals(LogType.USER_ROLE_DELETED, logsOf(connection).getFirst().type());
        assertTrue(roles().held(ada.id()).isEmpty());
    }

    @Test
    void concurrentAssignmentsOfOneHolderAllLand() throws InterruptedException {
        Connection connection = newConnection();
        Group group = insertedGroup(connection, unique("grp-"));
        List<Role> many = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Role role = newRole("r" + i + "-");
            many.add(role);
            tasks.add(() -> {
                assign(of(group), connection, LogType.GROUP_ROLE_ASSIGNED, null, role);
                return true;
            });
        }
        assertTrue(concurrently(tasks).stream().allMatch(Outcome::succeeded));
        assertEquals(Set.copyOf(many), Set.copyOf(roles().assigned(of(group))));
    }

    @Test
    void deletingARoleRemovesEveryAssignmentOfIt() {
        Connection connection = newConnection();
        User ada = insertedUser(connection, "ada", "ext-ada");
        Group group = insertedGroup(connection, unique("grp-"), ada);
        Role doomed = newRole("doomed-");
        Role kept = newRole("kept-");
        assign(direct(ada), connection, LogType.USER_ROLE_ASSIGNED, ada.id().value(), doomed, kept);
        assign(of(group), connection, LogType.GROUP_ROLE_ASSIGNED, null, doomed);

        assertTrue(roles().delete(doomed.id()));
        assertFalse(roles().delete(doomed.id()));

        assertEquals(List.of(new HeldRole(kept, new RoleSource.Direct())), roles().held(ada.id()));
        assertEquals(List.of(), roles().assigned(of(group)));
        assertTrue(roles().findById(doomed.id()).isEmpty());
    }

    @Test
    void aDeletedUsersRolesDoNotComeBackWithANewUserOfTheSameId() {
        Connection connection = newConnection();
        User ada = insertedUser(connection, "ada", "ext-ada");
        Role admin = newRole("admin-");
        assign(direct(ada), connection, LogType.USER_ROLE_ASSIGNED, ada.id().value(), admin);

        assertTrue(deleteUser(ada.id()));
        User again = insertedUser(connection, "ada", "ext-ada");

        assertEquals(ada.id(), again.id());
        assertEquals(List.of(), roles().held(again.id()));
    }

    @Test
    void organizationRolesComeFromTheMembersGroupsInThatOrganization() {
        Connection connection = newConnection();
        Organization acme = Organization.create(unique("acme-").toLowerCase(Locale.ROOT), null, now());
        Organization other = Organization.create(unique("other-").toLowerCase(Locale.ROOT), null, now());
        repositories().organizations().insert(acme);
        repositories().organizations().insert(other);
        repositories().organizations().enable(new EnabledConnection(acme.id(), connection.id(), true));
        repositories().organizations().enable(new EnabledConnection(other.id(), connection.id(), true));
        User ada = insertedUser(connection, "ada", "ext-ada");
        Group group = insertedGroup(connection, unique("grp-"), ada);
        Role billing = newRole("billing-");
        Role tenantWide = newRole("tenant-");
        assign(new RoleHolder.OfOrganizationGroup(acme.id(), connection.id(), group.id()), connection,
                LogType.GROUP_ROLE_ASSIGNED, null, billing);
        assign(of(group), connection, LogType.GROUP_ROLE_ASSIGNED, null, tenantWide);

        Map<OrganizationId, List<HeldRole>> held = roles().heldInOrganizations(ada.id());

        RoleSource fromGroup = new RoleSource.Inherited(group.id());
        assertEquals(Map.of(acme.id(), List.of(new HeldRole(billing, fromGroup)), other.id(), List.of()), held);
        assertEquals(List.of(new HeldRole(tenantWide, fromGroup)), roles().held(ada.id()));
        assertEquals(List.of(billing), roles().assigned(new RoleHolder.OfOrganizationGroup(acme.id(),
                connection.id(), group.id())));

        removeMember(connection, group, ada);
        assertEquals(Map.of(acme.id(), List.of(), other.id(), List.of()), roles().heldInOrganizations(ada.id()));
    }
}
