package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.contract.SettingsFenceContract;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DeletionPolicy;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The settings fence on a real PostgreSQL ({@link SettingsFenceContract}), and a node whose observation is blocked:
 * it stops trusting its memory while the writer waits no longer than the bound.
 */
class PostgresSettingsFenceTest extends SettingsFenceContract {

    @Override
    protected Store here() {
        return TestDatabases.postgres();
    }

    @Override
    protected Store anotherNode() {
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        return PostgresStore.connect(database.jdbcUrl(), database.user(), database.password());
    }

    @Override
    protected int consecutiveWrites() {
        return 60;
    }

    @Test
    void aNodeWhoseObservationIsBlockedStopsTrustingItsMemoryAndTheWriterWaitsAtMostTheBound() throws Exception {
        startAnotherNode();
        ConnectionId id = configuredConnection();
        ObservedCache<ConnectionId, Integer> theirs = theirRestoreWindow();
        assertEquals(DeletionPolicy.DEFAULT_WINDOW_DAYS, theirs.get(id));
        String node = ((PostgresSettingsChanges) there.settingsChanges()).nodeId();
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        try (java.sql.Connection blocker = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            // The other node's acknowledgement waits for this row lock: its observations stop completing.
            lockRow(blocker, node);

            Duration took = timedWrite(id, 7);

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
}
