package dev.inboundscim.domain.role;

import java.util.Objects;

/** One reason a user holds a role: what a store reads, before {@link EffectiveRoles} folds them per role. */
public record HeldRole(Role role, RoleSource source) {

    public HeldRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
    }
}
