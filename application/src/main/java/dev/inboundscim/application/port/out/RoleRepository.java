package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.role.HeldRole;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores roles (SPEC §12), their assignments, and answers what a user holds from them. */
public interface RoleRepository {

    /** {@code ConflictException.uniqueness} when the name is taken (compared as {@link Role#nameKey}). */
    void insert(Role role);

    Optional<Role> findById(RoleId id);

    /** The roles among {@code ids} that exist, in any order. */
    List<Role> findAll(Collection<RoleId> ids);

    /**
     * The roles {@code filter} selects in creation order, skipping {@code offset}, at most {@code limit}, with how
     * many match.
     */
    Page<Role> list(RoleFilter filter, long offset, int limit);

    /** Stores the role's new name and description; {@code NotFoundException} when gone, a taken name as insert. */
    void update(Role role);

    /** Deletes the role with every assignment of it; false when absent. */
    boolean delete(RoleId id);

    /** Applies {@code write} ({@link RoleAssignmentWrite}); {@code NotFoundException} when a role or holder is gone. */
    void assign(RoleAssignmentWrite write);

    /** The roles assigned to {@code holder} itself, by name. */
    List<Role> assigned(RoleHolder holder);

    /**
     * Every reason the user holds a tenant-level role: its own assignments of each source and those of the groups
     * it is a member of now, read in one indexed query (never a loop over groups).
     */
    List<HeldRole> held(UserId userId);

    /**
     * For each organization the user is a member of (by id), the roles it holds there through its groups; an
     * organization where it holds none maps to an empty list.
     */
    Map<OrganizationId, List<HeldRole>> heldInOrganizations(UserId userId);
}
