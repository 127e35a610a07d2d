package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.PoolUsage;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PostgresStoreTest {

    @Test
    void failsFastWithAOneLineMessageWhenTheDatabaseIsUnreachable() {
        Instant start = Instant.now();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> PostgresStore.connect(
                "jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2", "scim", "hunter2"));

        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "fails within seconds");
        String expectedStart = "Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/nowhere:";
        assertTrue(failure.getMessage().startsWith(expectedStart), failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"), "no password in the message");
        assertFalse(failure.getMessage().contains("\n"), "one line");
    }

    @Test
    void migratingAnAlreadyMigratedDatabaseIsHarmless() {
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        TestDatabases.postgres();

        try (PostgresStore second = PostgresStore.connect(database.jdbcUrl(), database.user(), database.password(),
                2, PostgresStore.DEFAULT_TIMEOUT)) {
            assertNotNull(second.repositories().connections().findAll());
        }
    }

    @Test
    void manyVirtualThreadsShareTwoConnectionsAndEveryConnectionComesBack() throws Exception {
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        TestDatabases.postgres();

        try (PostgresStore store = PostgresStore.connect(database.jdbcUrl(), database.user(), database.password(),
                2, Duration.ofSeconds(30));
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Connection taken = Connection.create(new ConnectionName("pool-" + System.nanoTime()), Strategy.OKTA,
                    "Pool", Instant.now());
            store.repositories().connections().insert(taken);
            List<Future<?>> calls = new ArrayList<>();
            for (int thread = 0; thread < 400; thread++) {
                calls.add(threads.submit(() -> {
                    for (int call = 0; call < 10; call++) {
                        store.repositories().connections().findById(taken.id());
                        // A lookup that finds nothing and a write that fails give their connection back too.
                        store.repositories().connections().findById(ConnectionId.generate());
                        assertThrows(ConflictException.class, () -> store.repositories().connections()
                                .insert(Connection.create(taken.name(), Strategy.OKTA, "Same name", Instant.now())));
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(120, TimeUnit.SECONDS);
            }

            PoolUsage usage = store.poolUsage();
            assertEquals(0, usage.active(), "every connection was given back");
            assertEquals(0, usage.pending(), "nobody waits");
        }
    }
}
