package dev.inboundscim.adapter.out.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * Picks the PostgreSQL that tests use, once per JVM: {@code SCIM_TEST_PG_URL} (with {@code SCIM_TEST_PG_USER} and
 * {@code SCIM_TEST_PG_PASSWORD}) when set, else Testcontainers when Docker is available, else an embedded zonky
 * PostgreSQL in a temporary directory. It says which on standard output and stops what it started at JVM exit.
 */
public final class TestDatabases {

    /** Where the test database is and how it was chosen. */
    public record Coordinates(String jdbcUrl, String user, String password, String source) {
        @Override
        public String toString() {
            return "Coordinates[" + source + "]";
        }
    }

    /** Run in reverse order by one shutdown hook, so the store closes before its database stops. */
    private static final Deque<Runnable> CLEANUP = new ArrayDeque<>();

    private static Coordinates coordinates;
    private static PostgresStore store;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::cleanUp, "stop-test-postgres"));
        // Every statement of every store of this JVM names its connection on per-connection tables (ShardKeys).
        Db.observeStatements(ShardKeys::check);
    }

    private TestDatabases() {
    }

    /** The chosen database, started on first use. */
    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = choose();
            System.out.println("PostgreSQL for tests: " + coordinates.source());
        }
        return coordinates;
    }

    /** One migrated store over the chosen database, shared by every test class of this JVM. */
    public static synchronized PostgresStore postgres() {
        if (store == null) {
            Coordinates database = coordinates();
            store = PostgresStore.connect(database.jdbcUrl(), database.user(), database.password());
            CLEANUP.push(store::close);
        }
        return store;
    }

    private static Coordinates choose() {
        String url = System.getenv("SCIM_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Coordinates(url, orEmpty(System.getenv("SCIM_TEST_PG_USER")),
                    orEmpty(System.getenv("SCIM_TEST_PG_PASSWORD")), "SCIM_TEST_PG_URL (" + url.split("\\?")[0] + ")");
        }
        if (dockerAvailable()) {
            return Containers.start();
        }
        return embedded();
    }

    /** False also when Testcontainers is not on the class path (a module that reuses this class may omit it). */
    private static boolean dockerAvailable() {
        try {
            return Containers.dockerAvailable();
        } catch (LinkageError e) {
            return false;
        }
    }

    private static Coordinates embedded() {
        try {
            Path directory = Files.createTempDirectory("scim-test-pg-");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("data"));
            CLEANUP.push(() -> deleteQuietly(directory));
            CLEANUP.push(server::close);
            return new Coordinates(server.jdbcUrl(), server.user(), server.password(),
                    "embedded zonky (no Docker, no SCIM_TEST_PG_URL) on port " + server.port());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a directory for the embedded test PostgreSQL", e);
        }
    }

    private static synchronized void cleanUp() {
        while (!CLEANUP.isEmpty()) {
            try {
                CLEANUP.pop().run();
            } catch (RuntimeException e) {
                System.err.println("Test PostgreSQL clean-up failed: " + e);
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * Deletes {@code directory}, retrying briefly: zonky's own shutdown hook may still be stopping PostgreSQL, which
     * writes its statistics files on the way out. A leftover temporary directory is harmless.
     */
    private static void deleteQuietly(Path directory) {
        for (int attempt = 0; attempt < 10 && Files.exists(directory); attempt++) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // retried below
            }
            if (Files.exists(directory)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Kept apart so Testcontainers is loaded only when asked for, and its absence means "no Docker". */
    private static final class Containers {

        private static final String IMAGE = "postgres:18-alpine";

        static boolean dockerAvailable() {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (LinkageError | RuntimeException e) {
                return false;
            }
        }

        @SuppressWarnings("resource") // stopped by the shutdown clean-up (and by Testcontainers' reaper)
        static Coordinates start() {
            var container = new org.testcontainers.containers.PostgreSQLContainer<>(IMAGE);
            container.start();
            CLEANUP.push(container::stop);
            return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers (" + IMAGE + ")");
        }
    }
}
