package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossAStopAndStartOnTheSameDirectory() {
        Path data = directory.resolve("pgdata");
        Connection connection = Connection.create(new ConnectionName("persistent-acme"), Strategy.OKTA, "Acme",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
             PostgresStore store = PostgresStore.connect(server.jdbcUrl(), server.user(), server.password())) {
            store.repositories().connections().insert(connection);
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
             PostgresStore store = PostgresStore.connect(server.jdbcUrl(), server.user(), server.password())) {
            assertEquals(Optional.of(connection), store.repositories().connections().findById(connection.id()));
        }
    }

    /** An acknowledged commit must survive a crash or a power cut: the embedded library defaults to fsync off. */
    @Test
    void flushesEveryCommitToDisk() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("durable"));
             java.sql.Connection jdbc = DriverManager.getConnection(server.jdbcUrl(), server.user(),
                     server.password());
             Statement statement = jdbc.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    assertEquals("on", result.getString(1), setting);
                }
            }
        }
    }

    /** A killed postmaster is started again, on the same port and data, without the caller doing anything. */
    @Test
    void aSupervisedServerStartsAKilledPostmasterAgainOnTheSamePort() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("supervised"))
                .supervise()) {
            long killed = server.postmasterPid().orElseThrow();
            int port = server.port();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.postmasterPid().orElse(killed) == killed || !answers(server)) {
                assertTrue(System.nanoTime() < deadline,
                        "the postmaster was not started again");
                Thread.sleep(100);
            }
            assertEquals(port, server.port());
        }
    }

    private static boolean answers(EmbeddedPostgresServer server) {
        try (java.sql.Connection jdbc = DriverManager.getConnection(server.jdbcUrl(), server.user(),
                server.password()); Statement statement = jdbc.createStatement()) {
            return statement.execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }
}
