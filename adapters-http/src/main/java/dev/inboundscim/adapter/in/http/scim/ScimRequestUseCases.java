package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.in.log.RecordScimSuccessUseCase;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase;

/** What every SCIM request goes through whatever its resource: admission, authentication and its log entry. */
public record ScimRequestUseCases(AdmitScimRequestUseCase admit, AuthenticateScimRequestUseCase authenticate,
                                  RecordScimFailureUseCase recordFailure, RecordScimSuccessUseCase recordSuccess) {
}
