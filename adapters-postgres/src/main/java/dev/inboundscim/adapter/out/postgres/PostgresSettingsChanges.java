package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.port.out.SettingsFence;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * Observes {@code scim_auth_changes} notifications (sent by triggers on commit, see
 * {@code V8__auth_change_notifications.sql}) on a connection of its own, outside the pool, and fences settings
 * writes across nodes ({@code V24__settings_fence.sql}, docs/scaling.md).
 *
 * <p>On that connection, on every notification and at least every {@link #POLL}, this node observes: it reads the
 * store's settings version, moves its own version if that changed, and writes its registry row (the version, and
 * the database's time as when it was seen). It is live only while its observations keep completing (the
 * {@link SettingsFence#trusts} rule); otherwise every use reads the store. A settings write through this node
 * ({@link #changedHere}) answers only once every other live node acknowledged it, or once the fence's bound passed.
 */
final class PostgresSettingsChanges implements SettingsChanges, AutoCloseable {

    private static final Logger LOG = System.getLogger(PostgresSettingsChanges.class.getName());
    private static final String CHANNEL = "scim_auth_changes";
    private static final int POLL_MILLIS = 250;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final String url;
    private final Properties credentials = new Properties();
    private final AtomicLong version = new AtomicLong();
    private final SettingsFence fence;
    private final SettingsRegistry registry;
    private final Thread listener;
    private volatile SettingsFence.Observations observations = SettingsFence.Observations.NONE;
    private volatile boolean closed;
    private long lastSeen = -1;
    /** Whether the loss of the listening connection was reported: an outage is logged once, not every second. */
    private boolean lossReported;

    PostgresSettingsChanges(String url, String user, String password, Db db, SettingsFence fence) {
        this.url = url;
        this.fence = fence;
        this.registry = new SettingsRegistry(db, UUID.randomUUID().toString(), fence);
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("ApplicationName", "inbound-scim-server auth changes");
        // A frozen or unplugged server must not hold this thread: the listener reconnects instead.
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("loginTimeout", "5");
        credentials.setProperty("socketTimeout", "10");
        this.listener = Thread.ofVirtual().name("auth-changes").start(this::listenUntilClosed);
    }

    @Override
    public long version() {
        return version.get();
    }

    /**
     * A change this process just committed: the version moves at once, before the notification (which every
     * process, this one included, also receives) arrives; then the write waits until every other live node has
     * acknowledged it, or the fence's bound passed, before its caller answers.
     */
    void changedHere() {
        version.incrementAndGet();
        registry.awaitAcknowledged();
    }

    @Override
    public boolean live() {
        return fence.trusts(observations, System.nanoTime());
    }

    /** This node's id in {@code settings_observers}. */
    String nodeId() {
        return registry.nodeId();
    }

    private void listenUntilClosed() {
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                // Anything read before this point was read without being observed: not reusable.
                version.incrementAndGet();
                registry.forgetLongGone(connection);
                // Two observations at once: trusting memory needs two recent ones (SettingsFence#trusts).
                observe(connection);
                observe(connection);
                if (lossReported) {
                    lossReported = false;
                    LOG.log(Level.INFO, "listening for authentication changes again");
                }
                while (!closed) {
                    // Either a notification or the period's end: observe in both cases.
                    notifications.getNotifications(POLL_MILLIS);
                    observe(connection);
                }
                registry.leave(connection);
            } catch (SQLException | RuntimeException e) {
                // Whatever ends this round (a lost connection, a missing version row), the thread lives on and
                // reconnects: without it the process would read the store on every use for good.
                if (!closed && !lossReported) {
                    lossReported = true;
                    LOG.log(Level.WARNING, "listening for authentication changes failed (every request reads the "
                            + "database until it is back): " + e.getMessage());
                }
            } finally {
                observations = SettingsFence.Observations.NONE;
                version.incrementAndGet();
            }
            sleep();
        }
    }

    /**
     * Reads the store's version by a statement that starts after {@code start}, forgets what memory holds if it
     * moved, and only then acknowledges it in the registry: an acknowledgement always means memory is current.
     */
    private void observe(Connection connection) throws SQLException {
        long start = System.nanoTime();
        long seen = registry.storeVersion(connection);
        if (seen != lastSeen) {
            lastSeen = seen;
            version.incrementAndGet();
        }
        registry.acknowledge(connection, seen);
        observations = observations.then(start);
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        observations = SettingsFence.Observations.NONE;
        try {
            // The loop ends within a period and removes this node's row, so writers stop waiting for it at once.
            listener.join(POLL_MILLIS * 4L);
            if (listener.isAlive()) {
                listener.interrupt();
                listener.join(TimeUnit.SECONDS.toMillis(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
