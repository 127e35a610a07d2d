package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.ErrorKind;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ConnectionRepository} must have. */
public abstract class ConnectionRepositoryContract extends ContractSupport {

    private ConnectionRepository connections() {
        return repositories().connections();
    }

    @Test
    void partialChangesOfDifferentFieldsBothHold() {
        Connection connection = newConnection();
        ConnectionRepository connections = repositories().connections();
        Instant first = now();
        Instant second = now();

        Connection renamed = connections.change(connection.id(),
                new ConnectionRepository.ConnectionChange("Renamed", null, first)).orElseThrow();
        Connection unsynced = connections.change(connection.id(),
                new ConnectionRepository.ConnectionChange(null, false, second)).orElseThrow();

        assertEquals("Renamed", renamed.displayName());
        assertTrue(renamed.syncUserProfileAtLogin());
        assertEquals("Renamed", unsynced.displayName(), "the later change did not undo the earlier one");
        assertFalse(unsynced.syncUserProfileAtLogin());
        assertEquals(second, unsynced.updatedAt());
        assertEquals(unsynced, connections.findById(connection.id()).orElseThrow());
        assertEquals(connection.name(), unsynced.name());
        assertEquals(Optional.empty(), connections.change(ConnectionId.generate(),
                new ConnectionRepository.ConnectionChange("x", null, now())));
    }

    @Test
    void findsAnInsertedConnectionWithEveryField() {
        Connection connection = new Connection(ConnectionId.generate(),
                new ConnectionName(unique("Okta-")), Strategy.WAAD,
                "Entra ÄÖÜ display", false, now(), now());
        connections().insert(connection);

        assertEquals(Optional.of(connection), connections().findById(connection.id()));
    }

    @Test
    void keepsANullDisplayName() {
        Connection connection = Connection.create(new ConnectionName(unique("n-")),
                Strategy.SAMLP, null, now());
        connections().insert(connection);

        assertEquals(Optional.of(connection), connections().findById(connection.id()));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertEquals(Optional.empty(), connections().findById(ConnectionId.generate()));
    }

    @Test
    void listsEveryInsertedConnection() {
        Connection first = newConnection();
        Connection second = newConnection();

        List<Connection> all = connections().findAll();

        assertTrue(all.contains(first), "first connection listed");
        assertTrue(all.contains(second), "second connection listed");
    }

    @Test
    void refusesADuplicateName() {
        Connection existing = newConnection();
        Connection duplicate = Connection.create(existing.name(), Strategy.OIDC, "Other", now());

        ConflictException conflict = assertThrows(ConflictException.class, () -> connections().insert(duplicate));

        assertEquals(ErrorKind.CONFLICT, conflict.kind());
        assertEquals(Optional.empty(), connections().findById(duplicate.id()));
    }

    @Test
    void updatesEveryMutableField() {
        Connection connection = newConnection();
        Instant later = now();
        Connection changed = connection.withDisplayName("Renamed", later).withSyncUserProfileAtLogin(false, later);

        assertTrue(connections().update(changed));

        assertEquals(Optional.of(changed), connections().findById(connection.id()));
    }

    @Test
    void updateOfAnAbsentConnectionReturnsFalse() {
        Connection never = Connection.create(new ConnectionName(unique("gone-")),
                Strategy.OKTA, "Gone", now());

        assertFalse(connections().update(never));
        assertEquals(Optional.empty(), connections().findById(never.id()));
    }

    @Test
    void deleteRemovesTheConnectionAndReportsWhetherItExisted() {
        Connection connection = newConnection();

        assertTrue(connections().delete(connection.id()));
        assertFalse(connections().delete(connection.id()));
        assertEquals(Optional.empty(), connections().findById(connection.id()));
    }

    @Test
    void deleteCascadesToConfigurationTokensAndUsers() {
        Connection connection = newConnection();
        Connection other = newConnection();
        repositories().scimConfigurations().insert(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, now(), now()));
        ScimToken token = ScimToken.issue(connection.id(), Set.of(Scope.GET_USERS), null, now()).token();
        assertTrue(repositories().tokens().insertWithinLimit(token, 2));
        User user = user(connection, "alice", "ext-alice");
        repositories().users().insert(inserting(user, log(connection, user.id().value())));
        User survivor = user(other, "alice", "ext-alice");
        repositories().users().insert(inserting(survivor, log(other, survivor.id().value())));

        assertTrue(connections().delete(connection.id()));

        assertEquals(Optional.empty(), repositories().scimConfigurations().findByConnection(connection.id()));
        assertEquals(Optional.empty(), repositories().tokens().findById(token.id()));
        assertEquals(List.of(), repositories().tokens().findByConnection(connection.id()));
        assertEquals(Optional.empty(), repositories().users().findById(user.id()));
        assertEquals(Optional.of(survivor), repositories().users().findById(survivor.id()));
    }
}
