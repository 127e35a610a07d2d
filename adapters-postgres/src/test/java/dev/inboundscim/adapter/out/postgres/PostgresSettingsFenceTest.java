package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.contract.ContractSupport;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsFence;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The settings fence on a real PostgreSQL with two nodes (two stores, each with its own pool, listener and
 * registry row): a settings write through one answers only once the other serves it from memory, a lone node does
 * not wait, and a node whose observation is blocked stops trusting its memory while the writer waits no longer
 * than the bound.
 */
class PostgresSettingsFenceTest extends ContractSupport {

    private static final Duration BOUND = SettingsFence.DEFAULT.bound();

    private final PostgresStore here = TestDatabases.postgres();
    private PostgresStore there;

    @Override
    protected Repositories repositories() {
        return here.repositories();
    }

    @BeforeEach
    void startAnotherNode() throws InterruptedException {
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        there = PostgresStore.connect(database.jdbcUrl(), database.user(), database.password());
        await("both nodes observe", () -> here.settingsChanges().live() && there.settingsChanges().live());
    }

    @AfterEach
    void stopTheOtherNode() {
        if (there != null) {
            there.close();
        }
    }

    @Test
    void theNextReadThroughTheOtherNodeSeesEverySettingsWrite() {
        ConnectionId id = configuredConnection();
        ObservedCache<ConnectionId, Integer> theirs = new ObservedCache<>(there.settingsChanges(),
                key -> there.repositories().scimConfigurations().findByConnection(key).orElseThrow().deletion()
                        .restoreWindowDays());
        for (int days = 1; days <= 60; days++) {
            theirs.get(id);
            ScimConfiguration current = here.repositories().scimConfigurations().findByConnection(id).orElseThrow();
            here.repositories().scimConfigurations().update(current.withDeletion(
                    new DeletionPolicy(DeletionPolicy.Mode.SOFT, days), now()));

            assertEquals(days, theirs.get(id), "the other node's memory right after the write answered");
        }
    }

    @Test
    void aLoneNodeDoesNotWait() throws InterruptedException {
        there.close();
        there = null;
        ConnectionId id = configuredConnection();
        ScimConfiguration current = repositories().scimConfigurations().findByConnection(id).orElseThrow();

        long started = System.nanoTime();
        repositories().scimConfigurations().update(current.withDeletion(DeletionPolicy.HARD, now()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(took.compareTo(BOUND.dividedBy(4)) < 0, "a write with no other node took " + took);
    }

    @Test
    void aNodeWhoseObservationIsBlockedStopsTrustingItsMemoryAndTheWriterWaitsAtMostTheBound() throws Exception {
        ConnectionId id = configuredConnection();
        ObservedCache<ConnectionId, Integer> theirs = new ObservedCache<>(there.settingsChanges(),
                key -> there.repositories().scimConfigurations().findByConnection(key).orElseThrow().deletion()
                        .restoreWindowDays());
        assertEquals(DeletionPolicy.DEFAULT_WINDOW_DAYS, theirs.get(id));
        String node = ((PostgresSettingsChanges) there.settingsChanges()).nodeId();
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        try (java.sql.Connection blocker = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            // The other node's acknowledgement waits for this row lock: its observations stop completing.
            lockRow(blocker, node);
            ScimConfiguration current = repositories().scimConfigurations().findByConnection(id).orElseThrow();

            long started = System.nanoTime();
            repositories().scimConfigurations().update(current.withDeletion(
                    new DeletionPolicy(DeletionPolicy.Mode.SOFT, 7), now()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(took.compareTo(BOUND.plusMillis(500)) < 0, "the write waited " + took);
            assertFalse(there.settingsChanges().live(), "a node whose observations stall stops trusting memory");
            assertEquals(7, theirs.get(id), "and reads the store instead");
            blocker.rollback();
        }
        await("the other node observes again", () -> there.settingsChanges().live());
        assertEquals(7, theirs.get(id));
    }

    private static void lockRow(java.sql.Connection blocker, String node) throws SQLException {
        blocker.setAutoCommit(false);
        try (PreparedStatement lock = blocker.prepareStatement(
                "SELECT node_id FROM settings_observers WHERE node_id = ? FOR UPDATE")) {
            lock.setString(1, node);
            assertTrue(lock.executeQuery().next(), "the other node is registered");
        }
    }

    private ConnectionId configuredConnection() {
        Connection connection = newConnection();
        Instant now = now();
        repositories().scimConfigurations().insert(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, now, now));
        return connection.id();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting for " + what);
            Thread.sleep(10);
        }
    }
}
