package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.SettingsChanges;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Observes {@code scim_auth_changes} notifications (sent by triggers on commit, see
 * {@code V8__auth_change_notifications.sql}) on a connection of its own, outside the pool.
 *
 * <p>The version moves on every notification, and whenever the listening connection is lost or comes back (changes
 * may have been missed in between). It is live only while the connection listens and has answered within the last
 * {@link #STALE_AFTER}; otherwise authentication reads the database on every request.
 */
final class PostgresSettingsChanges implements SettingsChanges, AutoCloseable {

    private static final Logger LOG = System.getLogger(PostgresSettingsChanges.class.getName());
    private static final String CHANNEL = "scim_auth_changes";
    private static final int POLL_MILLIS = 250;
    private static final Duration STALE_AFTER = Duration.ofSeconds(2);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final String url;
    private final Properties credentials = new Properties();
    private final AtomicLong version = new AtomicLong();
    private final Thread listener;
    private volatile boolean listening;
    private volatile long lastAnswerNanos;
    private volatile boolean closed;
    /** Whether the loss of the listening connection was reported: an outage is logged once, not every second. */
    private boolean lossReported;

    PostgresSettingsChanges(String url, String user, String password) {
        this.url = url;
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
     * process, this one included, also receives) arrives.
     */
    void changedHere() {
        version.incrementAndGet();
    }

    @Override
    public boolean live() {
        return listening && System.nanoTime() - lastAnswerNanos < STALE_AFTER.toNanos();
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
                lastAnswerNanos = System.nanoTime();
                listening = true;
                if (lossReported) {
                    lossReported = false;
                    LOG.log(Level.INFO, "listening for authentication changes again");
                }
                while (!closed) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    lastAnswerNanos = System.nanoTime();
                    if (received != null && received.length > 0) {
                        version.incrementAndGet();
                    }
                }
            } catch (SQLException e) {
                if (!closed && !lossReported) {
                    lossReported = true;
                    LOG.log(Level.WARNING, "listening for authentication changes failed (every request reads the "
                            + "database until it is back): " + e.getMessage());
                }
            } finally {
                listening = false;
                version.incrementAndGet();
            }
            sleep();
        }
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
        listening = false;
        listener.interrupt();
        try {
            listener.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
