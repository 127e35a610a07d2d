package dev.inboundscim.application.service.token;

import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import java.time.Clock;
import java.util.List;

/** Issues a token; the store enforces the two-per-connection limit atomically. */
public final class IssueScimTokenService implements IssueScimTokenUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final ScimTokenRepository tokens;
    private final Clock clock;

    public IssueScimTokenService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                 ScimTokenRepository tokens, Clock clock) {
        this.lookup = lookup;
        this.configurations = configurations;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public ScimToken.Issued issue(IssueScimTokenCommand command) {
        Connection connection = lookup.requireScimEndpoint(command.connectionId(), configurations);
        // No scopes named: every scope a SCIM token can have, as the console's check boxes default to.
        List<Scope> scopes = command.scopes() == null ? List.of(Scope.values())
                : command.scopes().stream().map(Scope::parse).toList();
        ScimToken.Issued issued = ScimToken.issue(connection.id(), scopes, command.tokenLifetime(), clock.instant());
        if (!tokens.insertWithinLimit(issued.token(), ScimToken.MAX_PER_CONNECTION)) {
            throw ConflictException.conflict("The connection already has " + ScimToken.MAX_PER_CONNECTION
                    + " SCIM tokens; delete one first");
        }
        return issued;
    }
}
