package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase;
import dev.inboundscim.application.port.in.token.ListScimTokensUseCase;
import dev.inboundscim.application.port.in.token.RevokeScimTokenUseCase;

/** The use cases of a connection's SCIM tokens. */
public record ScimTokenUseCases(IssueScimTokenUseCase issue, ListScimTokensUseCase list,
                                RevokeScimTokenUseCase revoke) {
}
