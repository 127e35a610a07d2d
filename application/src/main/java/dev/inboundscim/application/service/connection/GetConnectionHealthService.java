package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.token.ScimToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Counts a connection's logged SCIM requests over the window and reads its tokens' expiry. */
public final class GetConnectionHealthService implements GetConnectionHealthUseCase {

    private final ConnectionLookup lookup;
    private final LogRepository logs;
    private final ScimTokenRepository tokens;
    private final Clock clock;

    public GetConnectionHealthService(ConnectionLookup lookup, LogRepository logs, ScimTokenRepository tokens,
                                      Clock clock) {
        this.lookup = lookup;
        this.logs = logs;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public ConnectionHealth health(GetConnectionHealthCommand command) {
        Connection connection = lookup.require(command.connectionId());
        Instant to = clock.instant();
        Instant from = to.minus(command.window());
        String id = connection.id().value();
        long succeeded = logs.count(scimEntries(LogType.SSCIM, id, null, from, to));
        long failed = logs.count(scimEntries(LogType.FSCIM, id, null, from, to));
        long refused = logs.count(scimEntries(LogType.FSCIM, id, 429, from, to));
        List<ScimToken> held = tokens.findByConnection(connection.id());
        Instant soon = to.plus(EXPIRING_SOON);
        int expired = (int) held.stream().filter(t -> t.validUntil() != null && !t.validUntil().isAfter(to)).count();
        int expiring = (int) held.stream().filter(t -> t.validUntil() != null && t.validUntil().isAfter(to)
                && !t.validUntil().isAfter(soon)).count();
        return new ConnectionHealth(connection.id(), from, to, succeeded + failed, failed, refused, held.size(),
                expiring, expired);
    }

    private static LogQuery scimEntries(LogType type, String connectionId, Integer status, Instant from, Instant to) {
        return new LogQuery(type, connectionId, null, status, null, null, from, to, null, 0, 0);
    }
}
