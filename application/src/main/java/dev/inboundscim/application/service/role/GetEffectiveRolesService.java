package dev.inboundscim.application.service.role;

import dev.inboundscim.application.port.in.role.GetEffectiveRolesUseCase;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.role.EffectiveRoles;
import dev.inboundscim.domain.role.RoleTarget;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** A user's tenant-level roles, read from the store at each call so membership changes show at once. */
public final class GetEffectiveRolesService implements GetEffectiveRolesUseCase {

    private final RoleRepository roles;
    private final RoleTargets targets;

    public GetEffectiveRolesService(RoleRepository roles, RoleTargets targets) {
        this.roles = roles;
        this.targets = targets;
    }

    @Override
    public List<EffectiveRole> effective(UserId userId) {
        targets.requireUser(new RoleTarget.User(userId));
        return EffectiveRoles.of(roles.held(userId));
    }
}
