package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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
            store.connections().insert(connection);
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
             PostgresStore store = PostgresStore.connect(server.jdbcUrl(), server.user(), server.password())) {
            assertEquals(Optional.of(connection), store.connections().findById(connection.id()));
        }
    }
}
