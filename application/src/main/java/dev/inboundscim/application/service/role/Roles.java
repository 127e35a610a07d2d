package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the roles a use case needs to exist. */
final class Roles {

    private Roles() {
    }

    static Role require(RoleRepository roles, RoleId id) {
        return roles.findById(id).orElseThrow(Roles::notFound);
    }

    /** Every role {@code ids} names, once each, in the order named; 404 when one does not exist. */
    static List<Role> requireAll(RoleRepository roles, List<RoleId> ids) {
        List<RoleId> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<RoleId, Role> found = roles.findAll(distinct).stream()
                .collect(Collectors.toMap(Role::id, Function.identity()));
        if (found.size() != distinct.size()) {
            throw notFound();
        }
        return distinct.stream().map(found::get).toList();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Role not found");
    }
}
