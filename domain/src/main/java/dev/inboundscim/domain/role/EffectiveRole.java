package dev.inboundscim.domain.role;

import java.util.List;
import java.util.Objects;

/** A role a user holds, with every source it holds it from. */
public record EffectiveRole(Role role, List<RoleSource> sources) {

    public EffectiveRole {
        Objects.requireNonNull(role, "role");
        sources = List.copyOf(sources);
    }
}
