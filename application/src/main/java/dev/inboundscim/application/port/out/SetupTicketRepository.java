package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.setup.SetupTicketId;
import dev.inboundscim.domain.token.TokenId;
import java.util.List;
import java.util.Optional;

/** Stores setup tickets (SPEC §8): their secrets' digests and what they may do, never the secrets. */
public interface SetupTicketRepository {

    /** Stores a new ticket of an existing connection (404 when the connection is gone). */
    void insert(SetupTicket ticket);

    Optional<SetupTicket> findById(SetupTicketId id);

    /** The connection's tickets, oldest first, expired ones included until they are revoked. */
    List<SetupTicket> findByConnection(ConnectionId connectionId);

    /** Deletes the ticket if it belongs to {@code connectionId}; false otherwise. */
    boolean delete(ConnectionId connectionId, SetupTicketId id);

    /**
     * Records that the ticket issued {@code next}, if the token it issued last is still {@code expected} (null: none
     * yet), atomically; false when another rotation came first or the ticket is gone.
     */
    boolean replaceToken(SetupTicketId id, TokenId expected, TokenId next);
}
