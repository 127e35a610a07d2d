package dev.inboundscim.domain.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds the held roles of a user into one entry per role, ordered by name, each with its sources in order. */
public final class EffectiveRoles {

    private static final Comparator<RoleSource> SOURCE_ORDER = Comparator
            .comparingInt((RoleSource s) -> switch (s) {
                case RoleSource.Direct d -> 0;
                case RoleSource.Scim s2 -> 1;
                case RoleSource.Inherited i -> 2;
            })
            .thenComparing(RoleSource::text);

    private EffectiveRoles() {
    }

    public static List<EffectiveRole> of(List<HeldRole> held) {
        Map<RoleId, Role> roles = new LinkedHashMap<>();
        Map<RoleId, List<RoleSource>> sources = new LinkedHashMap<>();
        for (HeldRole one : held) {
            roles.putIfAbsent(one.role().id(), one.role());
            List<RoleSource> list = sources.computeIfAbsent(one.role().id(), id -> new ArrayList<>());
            if (!list.contains(one.source())) {
                list.add(one.source());
            }
        }
        return roles.values().stream()
                .sorted(Comparator.comparing(Role::nameKey).thenComparing(r -> r.id().value()))
                .map(role -> new EffectiveRole(role, sources.get(role.id()).stream().sorted(SOURCE_ORDER).toList()))
                .toList();
    }
}
