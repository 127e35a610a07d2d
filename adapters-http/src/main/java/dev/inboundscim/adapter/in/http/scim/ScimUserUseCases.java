package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.in.scim.GetScimUserUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase;

/** The use cases of SCIM {@code /Users}. */
public record ScimUserUseCases(CreateScimUserUseCase create, GetScimUserUseCase get, ReplaceScimUserUseCase replace,
                               PatchScimUserUseCase patch, DeleteScimUserUseCase delete,
                               SearchScimUsersUseCase search) {
}
