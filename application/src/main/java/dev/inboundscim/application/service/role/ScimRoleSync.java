package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.ScimRoleValues;
import dev.inboundscim.domain.role.UserRoleSource;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Role sync from SCIM (SPEC §12): after each SCIM write of a user, its {@code scim}-sourced roles become exactly the
 * roles its SCIM {@code roles} values grant through the connection's {@code role_mapping}; its direct and group roles
 * are never touched. The values are read from the user's SCIM view as stored, so every dialect the server decodes
 * counts alike. A mapping pair whose role does not exist (any more) grants nothing.
 *
 * <p>It runs right after the user's write, as its own atomic step with its log entries: a process that stops in
 * between leaves the previous roles until the user's next SCIM write, which repairs them.
 */
public final class ScimRoleSync {

    private final RoleRepository roles;
    private final RoleChanges changes;

    public ScimRoleSync(RoleRepository roles, RoleChanges changes) {
        this.roles = roles;
        this.changes = changes;
    }

    /** Syncs {@code view}'s user and gives the view back, for the write's answer. */
    public ScimUserView sync(ScimContext context, ScimUserView view) {
        RoleMapping mapping = context.configuration().roleMapping();
        if (mapping.isEmpty()) {
            // Without a mapping a connection syncs nothing, and its writes cost no role query.
            return view;
        }
        Set<RoleId> granted = mapping.granted(ScimRoleValues.of(view.attributes())).stream().map(RoleId::new)
                .collect(Collectors.toSet());
        List<Role> wanted = roles.findAll(granted);
        RoleHolder holder = new RoleHolder.OfUser(view.user().connectionId(), view.user().id(), UserRoleSource.SCIM);
        List<Role> held = roles.assigned(holder);
        Set<RoleId> heldIds = held.stream().map(Role::id).collect(Collectors.toSet());
        Set<RoleId> wantedIds = wanted.stream().map(Role::id).collect(Collectors.toSet());
        List<Role> assigned = wanted.stream().filter(role -> !heldIds.contains(role.id())).toList();
        List<Role> removed = held.stream().filter(role -> !wantedIds.contains(role.id())).toList();
        if (!assigned.isEmpty() || !removed.isEmpty()) {
            roles.assign(changes.write(holder, assigned, removed));
        }
        return view;
    }
}
