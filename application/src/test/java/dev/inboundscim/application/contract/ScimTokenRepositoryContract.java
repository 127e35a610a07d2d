package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ScimTokenRepository} must have. */
public abstract class ScimTokenRepositoryContract extends ContractSupport {

    private ScimTokenRepository tokens() {
        return repositories().tokens();
    }

    private static ScimToken tokenOf(Connection connection) {
        return ScimToken.issue(connection.id(), Set.of(Scope.GET_USERS), null, now()).token();
    }

    @Test
    void findsAnInsertedTokenWithEveryField() {
        Connection connection = newConnection();
        Instant created = now();
        ScimToken token = ScimToken.issue(connection.id(), EnumSet.of(Scope.GET_USERS, Scope.POST_USERS,
                Scope.DELETE_GROUPS), 3600L, created).token();

        assertTrue(tokens().insertWithinLimit(token, 2));

        ScimToken stored = tokens().findById(token.id()).orElseThrow();
        assertEquals(token, stored);
        assertEquals(created.plusSeconds(3600), stored.validUntil());
    }

    @Test
    void keepsEveryScope() {
        Connection connection = newConnection();
        ScimToken token = ScimToken.issue(connection.id(), EnumSet.allOf(Scope.class), null, now()).token();

        assertTrue(tokens().insertWithinLimit(token, 2));

        assertEquals(EnumSet.allOf(Scope.class), tokens().findById(token.id()).orElseThrow().scopes());
    }

    @Test
    void aGrantCarriesTheTokenAndAStampThatMovesWithItsConnectionAndConfiguration() {
        Connection connection = newConnection();
        ScimToken token = tokenOf(connection);
        tokens().insertWithinLimit(token, 2);
        assertTrue(tokens().findGrant(token.id()).map(g -> g.stamp() == null).orElse(true),
                "no SCIM configuration: no grant, or one without a stamp");
        Instant at = now();
        ScimConfiguration configuration = new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, at, at);
        repositories().scimConfigurations().insert(configuration);

        ScimTokenRepository.TokenGrant grant = tokens().findGrant(token.id()).orElseThrow();
        assertEquals(token, grant.token());
        assertEquals(Optional.empty(), tokens().findGrant(TokenId.generate()));
        if (grant.stamp() == null) {
            return; // a store that cannot read them together: callers read connection and configuration each time
        }
        assertEquals(grant.stamp(), tokens().findGrant(token.id()).orElseThrow().stamp(), "stable while unchanged");
        // Same update time, another mapping: the stamp must still move.
        repositories().scimConfigurations().update(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.SAMLP), null, at, at));
        String afterMapping = tokens().findGrant(token.id()).orElseThrow().stamp();
        assertNotEquals(grant.stamp(), afterMapping);
        repositories().connections().update(connection.withDisplayName("Renamed", connection.updatedAt()));
        assertNotEquals(afterMapping, tokens().findGrant(token.id()).orElseThrow().stamp());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertEquals(Optional.empty(), tokens().findById(TokenId.generate()));
    }

    @Test
    void refusesATokenBeyondTheLimit() {
        Connection connection = newConnection();
        ScimToken first = tokenOf(connection);
        ScimToken second = tokenOf(connection);
        ScimToken third = tokenOf(connection);

        assertTrue(tokens().insertWithinLimit(first, 2));
        assertTrue(tokens().insertWithinLimit(second, 2));
        assertFalse(tokens().insertWithinLimit(third, 2));

        assertEquals(Optional.empty(), tokens().findById(third.id()));
        assertEquals(List.of(first, second), tokens().findByConnection(connection.id()));
    }

    @Test
    void theLimitCountsPerConnection() {
        Connection connection = newConnection();
        Connection other = newConnection();
        assertTrue(tokens().insertWithinLimit(tokenOf(other), 2));
        assertTrue(tokens().insertWithinLimit(tokenOf(other), 2));

        assertTrue(tokens().insertWithinLimit(tokenOf(connection), 2));
    }

    @Test
    void concurrentInsertsNeverExceedTheLimit() throws InterruptedException {
        Connection connection = newConnection();
        List<Callable<Boolean>> inserts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ScimToken token = tokenOf(connection);
            inserts.add(() -> tokens().insertWithinLimit(token, 2));
        }

        List<Outcome<Boolean>> outcomes = concurrently(inserts);

        assertTrue(outcomes.stream().allMatch(Outcome::succeeded), () -> "no insert fails: " + outcomes);
        assertEquals(2, outcomes.stream().filter(o -> o.value()).count());
        assertEquals(2, tokens().findByConnection(connection.id()).size());
    }

    @Test
    void findByConnectionReturnsOnlyThatConnectionsTokensInCreationOrder() {
        Connection connection = newConnection();
        Connection other = newConnection();
        ScimToken first = tokenOf(connection);
        ScimToken foreign = tokenOf(other);
        ScimToken second = tokenOf(connection);
        assertTrue(tokens().insertWithinLimit(first, 2));
        assertTrue(tokens().insertWithinLimit(foreign, 2));
        assertTrue(tokens().insertWithinLimit(second, 2));

        assertEquals(List.of(first, second), tokens().findByConnection(connection.id()));
        assertEquals(List.of(foreign), tokens().findByConnection(other.id()));
    }

    @Test
    void deletesATokenOfItsConnection() {
        Connection connection = newConnection();
        ScimToken token = tokenOf(connection);
        assertTrue(tokens().insertWithinLimit(token, 2));

        assertTrue(tokens().delete(connection.id(), token.id()));

        assertEquals(Optional.empty(), tokens().findById(token.id()));
        assertFalse(tokens().delete(connection.id(), token.id()));
    }

    @Test
    void refusesToDeleteAnotherConnectionsToken() {
        Connection connection = newConnection();
        Connection other = newConnection();
        ScimToken token = tokenOf(connection);
        assertTrue(tokens().insertWithinLimit(token, 2));

        assertFalse(tokens().delete(other.id(), token.id()));

        assertEquals(Optional.of(token), tokens().findById(token.id()));
    }

    @Test
    void aDeletedTokenFreesItsPlaceUnderTheLimit() {
        Connection connection = newConnection();
        ScimToken first = tokenOf(connection);
        assertTrue(tokens().insertWithinLimit(first, 2));
        assertTrue(tokens().insertWithinLimit(tokenOf(connection), 2));
        assertTrue(tokens().delete(connection.id(), first.id()));

        assertTrue(tokens().insertWithinLimit(tokenOf(connection), 2));
    }

    @Test
    void touchRecordsTheLastUse() {
        Connection connection = newConnection();
        ScimToken token = tokenOf(connection);
        assertTrue(tokens().insertWithinLimit(token, 2));
        Instant used = now();

        tokens().touch(token.id(), used);

        ScimToken stored = tokens().findById(token.id()).orElseThrow();
        assertEquals(used, stored.lastUsedAt());
        assertEquals(token.secretDigest(), stored.secretDigest());
        assertEquals(new HashSet<>(token.scopes()), stored.scopes());
    }
}
