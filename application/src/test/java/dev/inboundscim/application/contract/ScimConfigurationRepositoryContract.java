package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ScimConfigurationRepository} must have. */
public abstract class ScimConfigurationRepositoryContract extends ContractSupport {

    private ScimConfigurationRepository configurations() {
        return repositories().scimConfigurations();
    }

    private ScimConfiguration configurationOf(Connection connection, AttributeMapping mapping) {
        return new ScimConfiguration(connection.id(), mapping, null, now(), now());
    }

    /** Field by field: the mapping's parsed form need not define equality, its raw form does. */
    private static void assertSameConfiguration(ScimConfiguration expected, ScimConfiguration actual) {
        assertEquals(expected.connectionId(), actual.connectionId());
        assertEquals(expected.mapping().userIdAttribute().toString(), actual.mapping().userIdAttribute().toString());
        assertEquals(expected.mapping().raw(), actual.mapping().raw());
        assertEquals(expected.rateLimit(), actual.rateLimit());
        assertEquals(expected.createdAt(), actual.createdAt());
        assertEquals(expected.updatedAt(), actual.updatedAt());
    }

    @Test
    void findsAnInsertedConfigurationWithItsWholeMapping() {
        Connection connection = newConnection();
        ScimConfiguration configuration = configurationOf(connection, DefaultMappings.forStrategy(Strategy.WAAD));

        configurations().insert(configuration);

        assertSameConfiguration(configuration, configurations().findByConnection(connection.id()).orElseThrow());
    }

    @Test
    void findsNothingForAConnectionWithoutConfiguration() {
        Connection connection = newConnection();

        assertEquals(Optional.empty(), configurations().findByConnection(connection.id()));
    }

    @Test
    void refusesASecondConfigurationForOneConnection() {
        Connection connection = newConnection();
        ScimConfiguration first = configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA));
        configurations().insert(first);

        assertThrows(ConflictException.class, () -> configurations().insert(
                configurationOf(connection, DefaultMappings.forStrategy(Strategy.SAMLP))));

        assertSameConfiguration(first, configurations().findByConnection(connection.id()).orElseThrow());
    }

    @Test
    void updateReplacesTheMapping() {
        Connection connection = newConnection();
        ScimConfiguration original = configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA));
        configurations().insert(original);
        AttributeMapping smaller = AttributeMapping.of("userName", List.of(
                new RawMappingPair("userName", "username"),
                new RawMappingPair("emails[type eq \"work\"].value", "email"),
                new RawMappingPair("title", "app_metadata.job.title")));
        ScimConfiguration changed = original.withMapping(smaller, now());

        assertTrue(configurations().update(changed));

        assertSameConfiguration(changed, configurations().findByConnection(connection.id()).orElseThrow());
    }

    @Test
    void keepsAConnectionsOwnRateLimitAndForgetsItWhenCleared() {
        Connection connection = newConnection();
        ScimConfiguration limited = configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA))
                .withRateLimit(RateLimit.of(2.5, 7), now());
        configurations().insert(limited);
        assertSameConfiguration(limited, configurations().findByConnection(connection.id()).orElseThrow());

        ScimConfiguration off = limited.withRateLimit(RateLimit.OFF, now());
        assertTrue(configurations().update(off));
        assertSameConfiguration(off, configurations().findByConnection(connection.id()).orElseThrow());

        ScimConfiguration cleared = off.withRateLimit(null, now());
        assertTrue(configurations().update(cleared));
        assertSameConfiguration(cleared, configurations().findByConnection(connection.id()).orElseThrow());
    }

    @Test
    void keepsTheRoleMappingInItsOrderAndReplacesIt() {
        Connection connection = newConnection();
        AttributeMapping withRoles = AttributeMapping.of("userName", List.of(
                new RawMappingPair("userName", "username"),
                new RawMappingPair("roles", "app_metadata.roles")));
        RoleMapping mapping = new RoleMapping(List.of(new RoleMapping.Entry("Admin", "rol_AAAAAAAAAAAAAAAA"),
                new RoleMapping.Entry("admin", "rol_BBBBBBBBBBBBBBBB"),
                new RoleMapping.Entry("Viewer", "rol_AAAAAAAAAAAAAAAA")));
        ScimConfiguration configuration = configurationOf(connection, withRoles).withRoleMapping(mapping, now());
        configurations().insert(configuration);
        assertEquals(mapping, configurations().findByConnection(connection.id()).orElseThrow().roleMapping());

        ScimConfiguration cleared = configuration.withRoleMapping(RoleMapping.NONE, now());
        assertTrue(configurations().update(cleared));
        assertEquals(RoleMapping.NONE, configurations().findByConnection(connection.id()).orElseThrow().roleMapping());
        assertEquals(RoleMapping.NONE, configurations().findByConnection(newConnectionWithDefaults().id())
                .orElseThrow().roleMapping(), "a configuration without one maps none");
    }

    private Connection newConnectionWithDefaults() {
        Connection connection = newConnection();
        configurations().insert(configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA)));
        return connection;
    }

    @Test
    void updateOfAnAbsentConfigurationReturnsFalse() {
        Connection connection = newConnection();

        assertFalse(configurations().update(configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA))));
        assertEquals(Optional.empty(), configurations().findByConnection(connection.id()));
    }

    @Test
    void deleteWithTokensRemovesTheConfigurationAndEveryTokenOfItsConnectionOnly() {
        Connection connection = newConnection();
        Connection other = newConnection();
        configurations().insert(configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA)));
        configurations().insert(configurationOf(other, DefaultMappings.forStrategy(Strategy.OKTA)));
        ScimToken first = ScimToken.issue(connection.id(), Set.of(Scope.GET_USERS), null, now()).token();
        ScimToken second = ScimToken.issue(connection.id(), Set.of(Scope.POST_USERS), 900L, now()).token();
        ScimToken others = ScimToken.issue(other.id(), Set.of(Scope.GET_USERS), null, now()).token();
        assertTrue(repositories().tokens().insertWithinLimit(first, 2));
        assertTrue(repositories().tokens().insertWithinLimit(second, 2));
        assertTrue(repositories().tokens().insertWithinLimit(others, 2));

        assertTrue(configurations().deleteWithTokens(connection.id()));

        assertEquals(Optional.empty(), configurations().findByConnection(connection.id()));
        assertEquals(List.of(), repositories().tokens().findByConnection(connection.id()));
        assertEquals(List.of(others), repositories().tokens().findByConnection(other.id()));
        assertTrue(configurations().findByConnection(other.id()).isPresent());
        assertTrue(repositories().connections().findById(connection.id()).isPresent(), "the connection stays");
    }

    @Test
    void deleteWithTokensOfAnAbsentConfigurationReturnsFalse() {
        Connection connection = newConnection();

        assertFalse(configurations().deleteWithTokens(connection.id()));
    }

    @Test
    void listPagesByConnectionId() {
        List<Connection> mine = List.of(newConnection(), newConnection(), newConnection());
        for (Connection connection : mine) {
            configurations().insert(configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA)));
        }
        List<String> expected = mine.stream().map(c -> c.id().value()).sorted().toList();

        // Page through everything (other tests may share the store) and keep ours, checking the order as we go.
        List<String> seen = new ArrayList<>();
        String after = null;
        while (true) {
            List<ScimConfiguration> page = configurations().list(after, 2);
            assertTrue(page.size() <= 2, "at most take items");
            if (page.isEmpty()) {
                break;
            }
            for (ScimConfiguration configuration : page) {
                String id = configuration.connectionId().value();
                assertTrue(after == null || id.compareTo(after) > 0, "ordered by connection id, after the cursor");
                after = id;
                if (expected.contains(id)) {
                    seen.add(id);
                }
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void listStartsAfterTheGivenConnectionId() {
        Connection connection = newConnection();
        configurations().insert(configurationOf(connection, DefaultMappings.forStrategy(Strategy.OKTA)));

        List<ScimConfiguration> after = configurations().list(connection.id().value(), 1000);

        assertTrue(after.stream().noneMatch(c -> c.connectionId().equals(connection.id())));
        assertTrue(after.stream().allMatch(c -> c.connectionId().value().compareTo(connection.id().value()) > 0));
        assertFalse(configurations().list(null, 1).isEmpty());
        assertEquals(Optional.empty(), configurations().findByConnection(ConnectionId.generate()));
    }
}
