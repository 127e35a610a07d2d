package dev.inboundscim.application.port.in.role;

import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** A user's tenant-level roles with their sources (direct, scim, group:…); 404 for an unknown user. */
public interface GetEffectiveRolesUseCase {

    List<EffectiveRole> effective(UserId userId);
}
