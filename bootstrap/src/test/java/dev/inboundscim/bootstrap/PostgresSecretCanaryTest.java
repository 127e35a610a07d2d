package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.out.postgres.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** {@link SecretCanarySuite} over PostgreSQL: every row of every table, as text. */
class PostgresSecretCanaryTest extends SecretCanarySuite {

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Override
    List<String> everythingStored() {
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (result.next()) {
                        rows.add(table + ": " + result.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
