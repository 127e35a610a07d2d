package dev.inboundscim.adapter.out.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Asks PostgreSQL for {@code SELECT 1} on a connection of its own, outside the pool: a pool busy with requests must
 * not look like a database that does not answer. The connection is opened on first use and again after a failure.
 */
final class PostgresProbe implements AutoCloseable {

    private final String url;
    private final Properties properties = new Properties();
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;

    PostgresProbe(String url, String user, String password, Duration timeout) {
        this.url = url;
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        String seconds = String.valueOf(Math.max(1, (timeout.toMillis() + 999) / 1000));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("ApplicationName", "inbound-scim-server health");
    }

    void ping() {
        lock.lock();
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(url, properties);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new IllegalStateException("PostgreSQL does not answer", e);
        } finally {
            lock.unlock();
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // The connection is broken already; a new one is opened on the next ping.
        }
        connection = null;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly();
        } finally {
            lock.unlock();
        }
    }
}
