package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SetupTicketRepository} must have. The port takes a {@link SetupTicket}, which holds the
 * secret's digest only: no store is ever handed the secret itself.
 */
public abstract class SetupTicketRepositoryContract extends ContractSupport {

    private SetupTicketRepository tickets() {
        return repositories().setupTickets();
    }

    private static SetupTicket ticketOf(Connection connection, Long tokenLifetime) {
        return SetupTicket.issue(connection.id(), EnumSet.of(Scope.GET_USERS, Scope.POST_USERS), 3600L,
                tokenLifetime, now()).ticket();
    }

    @Test
    void findsAnInsertedTicketWithEveryField() {
        Connection connection = newConnection();
        SetupTicket withLifetime = ticketOf(connection, 86_400L);
        SetupTicket withoutLifetime = ticketOf(connection, null);

        tickets().insert(withLifetime);
        tickets().insert(withoutLifetime);

        assertEquals(Optional.of(withLifetime), tickets().findById(withLifetime.id()));
        assertEquals(Optional.of(withoutLifetime), tickets().findById(withoutLifetime.id()));
        assertEquals(List.of(withLifetime, withoutLifetime), tickets().findByConnection(connection.id()));
        assertEquals(List.of(), tickets().findByConnection(newConnection().id()));
    }

    @Test
    void aTicketOfAMissingConnectionIsNotFound() {
        SetupTicket orphan = SetupTicket.issue(new ConnectionId("con_" + "Z".repeat(16)), EnumSet.of(Scope.GET_USERS),
                null, null, now()).ticket();

        assertThrows(NotFoundException.class, () -> tickets().insert(orphan));
        assertEquals(Optional.empty(), tickets().findById(orphan.id()));
    }

    @Test
    void deletesOnlyTheConnectionsOwnTicket() {
        Connection owner = newConnection();
        SetupTicket ticket = ticketOf(owner, null);
        tickets().insert(ticket);

        assertFalse(tickets().delete(newConnection().id(), ticket.id()), "another connection cannot revoke it");
        assertTrue(tickets().findById(ticket.id()).isPresent());
        assertTrue(tickets().delete(owner.id(), ticket.id()));
        assertEquals(Optional.empty(), tickets().findById(ticket.id()));
        assertFalse(tickets().delete(owner.id(), ticket.id()));
    }

    @Test
    void deletingTheConnectionDeletesItsTickets() {
        Connection connection = newConnection();
        SetupTicket ticket = ticketOf(connection, null);
        tickets().insert(ticket);

        assertTrue(repositories().connections().delete(connection.id()));

        assertEquals(Optional.empty(), tickets().findById(ticket.id()));
    }

    @Test
    void replacesTheTokenOnlyWhenTheExpectedOneIsStillThere() {
        Connection connection = newConnection();
        SetupTicket ticket = ticketOf(connection, null);
        tickets().insert(ticket);
        TokenId first = TokenId.generate();
        TokenId second = TokenId.generate();

        assertFalse(tickets().replaceToken(ticket.id(), second, first), "the ticket has issued nothing yet");
        assertTrue(tickets().replaceToken(ticket.id(), null, first));
        assertEquals(first, tickets().findById(ticket.id()).orElseThrow().tokenId());
        assertFalse(tickets().replaceToken(ticket.id(), null, second), "a rotation that came second loses");
        assertTrue(tickets().replaceToken(ticket.id(), first, second));
        assertEquals(ticket.withToken(second), tickets().findById(ticket.id()).orElseThrow());
    }

    @Test
    void ofConcurrentRotationsFromTheSameTokenExactlyOneWins() throws Exception {
        Connection connection = newConnection();
        SetupTicket ticket = ticketOf(connection, null);
        tickets().insert(ticket);
        List<Callable<Boolean>> rotations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TokenId next = TokenId.generate();
            rotations.add(() -> tickets().replaceToken(ticket.id(), null, next));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(rotations)) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }
}
