package dev.inboundscim.adapter.out.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands Helidon DbClient connections from our HikariCP pool: {@code helidon-dbclient-hikari} is not published for
 * Helidon 4.5, and owning the pool lets Flyway and the DbClient share it. Closing stays with {@link PostgresStore}.
 *
 * <p>Requests wait for a connection in a fair semaphore with one permit per pooled connection, never inside HikariCP.
 * When HikariCP has waiters, every thread returning a connection loops until one of them takes it
 * ({@code ConcurrentBag.requite}); with hundreds of virtual threads on two carriers that loop starved the waiters it
 * was waiting for, and a server under load spun at full CPU without answering until it was killed (seen in the event
 * stream benchmark, HikariCP 7.1.0). Waiting here parks the thread instead, in arrival order, so the wait for the
 * pool adds no spinning and no unfairness to the latency tail.
 */
final class HikariJdbcPool implements JdbcConnectionPool {

    private final HikariDataSource dataSource;
    private final Semaphore permits;

    HikariJdbcPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.permits = new Semaphore(dataSource.getMaximumPoolSize(), true);
    }

    /** Threads waiting for a connection. */
    int waiting() {
        return permits.getQueueLength();
    }

    @Override
    public Connection connection() {
        try {
            if (!permits.tryAcquire(dataSource.getConnectionTimeout(), TimeUnit.MILLISECONDS)) {
                throw new DbClientException("No PostgreSQL connection available", new SQLTransientConnectionException(
                        "no pooled connection became free within " + dataSource.getConnectionTimeout() + " ms"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbClientException("No PostgreSQL connection available", e);
        }
        try {
            return releasingOnClose(dataSource.getConnection());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e instanceof RuntimeException unchecked ? unchecked
                    : new DbClientException("No PostgreSQL connection available", e);
        }
    }

    /** {@code connection}, whose first close also gives its permit back. */
    private Connection releasingOnClose(Connection connection) {
        AtomicBoolean released = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            try {
                                connection.close();
                            } finally {
                                if (released.compareAndSet(false, true)) {
                                    permits.release();
                                }
                            }
                            return null;
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    @Override
    public String dbType() {
        return "postgresql";
    }

    @Override
    public String name() {
        return "inbound-scim";
    }
}
