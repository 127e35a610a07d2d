package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.GetScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.SearchScimGroupsUseCase;

/** Every use case the SCIM {@code /Groups} routes call. */
public record ScimGroupUseCases(CreateScimGroupUseCase createGroup, GetScimGroupUseCase getGroup,
                                ReplaceScimGroupUseCase replaceGroup, PatchScimGroupUseCase patchGroup,
                                DeleteScimGroupUseCase deleteGroup, SearchScimGroupsUseCase searchGroups) {
}
