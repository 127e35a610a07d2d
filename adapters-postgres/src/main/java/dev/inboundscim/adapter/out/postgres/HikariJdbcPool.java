package dev.inboundscim.adapter.out.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands Helidon DbClient connections from our HikariCP pool: {@code helidon-dbclient-hikari} is not published for
 * Helidon 4.5, and owning the pool lets Flyway and the DbClient share it. Closing stays with {@link PostgresStore}.
 */
final class HikariJdbcPool implements JdbcConnectionPool {

    private final HikariDataSource dataSource;

    HikariJdbcPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("No PostgreSQL connection available", e);
        }
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
