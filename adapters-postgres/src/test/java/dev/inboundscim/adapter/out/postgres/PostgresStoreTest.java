package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
}
