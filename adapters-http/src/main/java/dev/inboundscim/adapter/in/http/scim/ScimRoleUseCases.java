package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.scim.GetScimRoleUseCase;
import dev.inboundscim.application.port.in.scim.ListScimRolesUseCase;

/** The use cases of {@code /Roles} (SPEC §12). */
public record ScimRoleUseCases(ListScimRolesUseCase list, GetScimRoleUseCase get) {
}
