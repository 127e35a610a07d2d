package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.in.log.RecordScimSuccessUseCase;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.in.scim.DescribeScimSchemasUseCase;
import dev.inboundscim.application.port.in.scim.GetScimUserUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase;

/** Every use case the SCIM endpoint calls. */
public record ScimUseCases(AdmitScimRequestUseCase admit, AuthenticateScimRequestUseCase authenticate,
                           RecordScimFailureUseCase recordFailure, RecordScimSuccessUseCase recordSuccess, CreateScimUserUseCase createUser,
                           GetScimUserUseCase getUser, ReplaceScimUserUseCase replaceUser,
                           DeleteScimUserUseCase deleteUser, SearchScimUsersUseCase searchUsers,
                           DescribeScimSchemasUseCase describeSchemas, PatchScimUserUseCase patchUser,
                           ScimGroupUseCases groups) {
}
