package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.SettingsFence;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's side of the settings fence ({@code V24__settings_fence.sql}): the settings version every settings
 * change moves, and {@code settings_observers}, one row per node with the version it last acknowledged and the
 * database's time of that acknowledgement. Observation runs on the listening connection; the writer's wait on the
 * pool.
 */
final class SettingsRegistry {

    private static final Logger LOG = System.getLogger(SettingsRegistry.class.getName());

    private static final String VERSION = "SELECT version FROM settings_version";

    private static final String ACKNOWLEDGE = """
            INSERT INTO settings_observers (node_id, observed_version, seen_at)
            VALUES (?, ?, now())
            ON CONFLICT (node_id) DO UPDATE
               SET observed_version = EXCLUDED.observed_version, seen_at = EXCLUDED.seen_at""";

    /** The version this write must see acknowledged: read after its commit, so at least the one it produced. */
    private static final String TARGET = """
            WITH target AS (
                SELECT version FROM settings_version
            ), alive AS (
                SELECT observed_version
                  FROM settings_observers
                 WHERE node_id <> ? AND seen_at > now() - make_interval(secs => ?)
            )
            SELECT target.version,
                   (SELECT count(*) FROM alive) AS others,
                   (SELECT count(*) FROM alive WHERE alive.observed_version < target.version) AS lagging
              FROM target""";

    /** The other nodes still alive (seen within the fence's {@code alive}) that have not acknowledged it. */
    private static final String LAGGING = """
            SELECT count(*) AS lagging
              FROM settings_observers
             WHERE node_id <> ? AND seen_at > now() - make_interval(secs => ?) AND observed_version < ?""";

    /** Rows of nodes gone for long: ignored by writers after {@code alive} already, deleted to keep it small. */
    private static final String FORGET_LONG_GONE =
            "DELETE FROM settings_observers WHERE seen_at < now() - interval '1 hour'";

    private static final String LEAVE = "DELETE FROM settings_observers WHERE node_id = ?";

    private final Db db;
    private final String nodeId;
    private final SettingsFence fence;
    private final double aliveSeconds;
    /**
     * Whether the last look at the registry found another live node (at first, assume so): when the registry cannot be read after a
     * write, the writer waits out the bound only if it may have company.
     */
    private volatile boolean othersSeen = true;

    SettingsRegistry(Db db, String nodeId, SettingsFence fence) {
        this.db = db;
        this.nodeId = nodeId;
        this.fence = fence;
        this.aliveSeconds = fence.alive().toMillis() / 1000.0;
    }

    String nodeId() {
        return nodeId;
    }

    long storeVersion(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(VERSION);
             ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    void acknowledge(Connection connection, long version) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(ACKNOWLEDGE)) {
            write.setString(1, nodeId);
            write.setLong(2, version);
            write.executeUpdate();
        }
    }

    void forgetLongGone(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(FORGET_LONG_GONE)) {
            delete.executeUpdate();
        }
    }

    void leave(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(LEAVE)) {
            delete.setString(1, nodeId);
            delete.executeUpdate();
        }
    }

    /**
     * Called after a settings write committed: returns once every other live node acknowledged a version at least
     * the one the write produced, or once the fence's bound passed since the commit.
     */
    void awaitAcknowledged() {
        long committed = System.nanoTime();
        try {
            Target target = Db.first(db.execute(), TARGET,
                    row -> new Target(Rows.longValue(row, "version"), Rows.longValue(row, "others"),
                            Rows.longValue(row, "lagging")),
                    List.of(nodeId, aliveSeconds)).orElseThrow();
            othersSeen = target.others() > 0;
            if (target.lagging() == 0) {
                return;
            }
            fence.awaitAcknowledged(committed, () -> lagging(target.version()), SettingsFence.Ticker.SYSTEM);
        } catch (RuntimeException e) {
            if (othersSeen) {
                LOG.log(Level.WARNING, "could not read which nodes observed a settings change; waiting out the "
                        + "fence's bound instead: " + e.getMessage());
                fence.awaitAcknowledged(committed, () -> true, SettingsFence.Ticker.SYSTEM);
            }
        }
    }

    private boolean lagging(long version) {
        return Db.first(db.execute(), LAGGING, row -> Rows.longValue(row, "lagging"),
                List.of(nodeId, aliveSeconds, version)).orElse(0L) > 0;
    }

    private record Target(long version, long others, long lagging) {
    }
}
