package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.GetScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.SearchScimGroupsUseCase;

/** The use cases of SCIM {@code /Groups}. */
public record ScimGroupUseCases(CreateScimGroupUseCase create, GetScimGroupUseCase get,
                                ReplaceScimGroupUseCase replace, PatchScimGroupUseCase patch,
                                DeleteScimGroupUseCase delete, SearchScimGroupsUseCase search) {
}
