package dev.inboundscim.application.service.connection;

import dev.inboundscim.application.port.in.connection.DeleteConnectionUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import java.time.Clock;

/**
 * Deletes a connection and everything that belongs to it. Its users' sessions end first, with back-channel logouts
 * to their clients: the enterprise customer is gone, so are its people's sessions. If the process stops in between,
 * the sessions have ended and deleting again finishes the job.
 */
public final class DeleteConnectionService implements DeleteConnectionUseCase {

    private final ConnectionLookup lookup;
    private final ConnectionRepository connections;
    private final SessionRepository sessions;
    private final Clock clock;

    public DeleteConnectionService(ConnectionLookup lookup, ConnectionRepository connections,
                                   SessionRepository sessions, Clock clock) {
        this.lookup = lookup;
        this.connections = connections;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void delete(ConnectionId connectionId) {
        Connection connection = lookup.require(connectionId);
        sessions.endSessionsOfConnection(connection, clock.instant());
        if (!connections.delete(connection.id())) {
            throw NotFoundException.resource("Connection", connectionId.value());
        }
    }
}
