package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.session.EndSessionsUseCase;
import dev.inboundscim.application.port.in.session.ListRefreshTokensUseCase;
import dev.inboundscim.application.port.in.session.ListSessionsUseCase;
import dev.inboundscim.application.port.in.session.RecordLoginUseCase;
import dev.inboundscim.application.port.in.session.RevokeRefreshTokensUseCase;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase;

/** The use cases of logins, account linking, sessions and refresh tokens. */
public record SessionUseCases(RecordLoginUseCase login, LinkIdentityUseCase linkIdentity,
                              ListSessionsUseCase listSessions, EndSessionsUseCase endSessions,
                              ListRefreshTokensUseCase listRefreshTokens,
                              RevokeRefreshTokensUseCase revokeRefreshTokens) {
}
