package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.inboundscim.adapter.out.postgres.EmbeddedPostgresServer;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.helidon.config.Config;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7.2: a store that does not answer (frozen with SIGSTOP, its postmaster killed, stopped; the MongoDB stand-in
 * stopped) gives 503 with the API's error body and {@code Retry-After} within {@code STORE_TIMEOUT_MS} + 0.5 s on
 * both APIs, readiness DOWN and liveness UP, a warning line per outage rather than a stack trace per request, and the
 * server serves again by itself when the store is back. Faults are caused for real: signals to the PostgreSQL
 * processes, a database shut down, a wire server stopped.
 */
class StoreOutageTest {

    private static final int STORE_TIMEOUT_MS = 1000;
    private static final long ANSWER_BOUND_MS = STORE_TIMEOUT_MS + 500;
    private static final String SCOPES = "get:users post:users patch:users get:groups";

    @TempDir
    Path directory;

    private CapturedLog log;

    @BeforeEach
    void captureLog() {
        ProductionLogLevels.apply();
        log = CapturedLog.start();
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    private Map<String, String> environment(String store) {
        Map<String, String> env = TestServer.testEnvironment();
        env.put("STORE", store);
        env.put("DATA_DIR", directory.resolve("data").toString());
        env.put("STORE_TIMEOUT_MS", String.valueOf(STORE_TIMEOUT_MS));
        return env;
    }

    private static InboundScimServer start(Map<String, String> env) {
        ServerSettings settings = ServerSettings.load(Config.empty(), env::get);
        return InboundScimServer.start(settings, PersistenceFactory.open(settings));
    }

    @Test
    void aFrozenEmbeddedPostgresGives503InTimeAndTheServerRecoversWhenItThaws() throws Exception {
        try (InboundScimServer server = start(environment(""))) {
            Fixture fixture = Fixture.create(new HttpClientSupport(server.port()));
            List<Long> cluster = postgresProcesses(directory.resolve("data/postgres"));
            signal("-STOP", cluster);
            try {
                fixture.assertUnavailable();
                awaitStatus(fixture.http(), "/observe/health/ready", 503);
                assertEquals(200, fixture.http().get("/observe/health/live", null).status());
                fixture.assertUnavailable();
            } finally {
                signal("-CONT", cluster);
            }
            fixture.awaitServing();
            awaitStatus(fixture.http(), "/observe/health/ready", 200);
            assertOneWarningPerOutageAndNoStackTraces();
        }
    }

    @Test
    void aKilledEmbeddedPostmasterIsStartedAgainAndTheServerServesWithoutARestart() throws Exception {
        try (InboundScimServer server = start(environment(""))) {
            Fixture fixture = Fixture.create(new HttpClientSupport(server.port()));
            Path data = directory.resolve("data/postgres");
            long postmaster = postgresProcesses(data).getFirst();
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            // A backend that already holds a pooled connection may answer one more query before it notices its
            // postmaster is gone; from then on every answer is 503 in time until the new postmaster serves.
            fixture.awaitUnavailable();
            fixture.awaitServing();
            long restarted = postgresProcesses(data).getFirst();
            assertNotEquals(postmaster, restarted, "a new postmaster serves the data directory");
            assertEquals(200, fixture.http().get("/observe/health/ready", null).status());
            assertTrue(log.records().stream().anyMatch(r -> r.getMessage().contains("stopped unexpectedly")),
                    "the supervisor says what it did");
        }
    }

    @Test
    void aStoppedExternalPostgresGives503AndTheServerRecoversWhenItIsBack() throws Exception {
        Path data = directory.resolve("external");
        EmbeddedPostgresServer external = EmbeddedPostgresServer.start(data);
        int port = external.port();
        Map<String, String> env = environment("postgres");
        env.put("POSTGRES_URL", external.jdbcUrl());
        env.put("POSTGRES_USER", external.user());
        try (InboundScimServer server = start(env)) {
            Fixture fixture = Fixture.create(new HttpClientSupport(server.port()));
            external.close();
            fixture.assertUnavailable();
            awaitStatus(fixture.http(), "/observe/health/ready", 503);
            external = EmbeddedPostgresServer.start(data, port);
            fixture.awaitServing();
            awaitStatus(fixture.http(), "/observe/health/ready", 200);
            assertOneWarningPerOutageAndNoStackTraces();
        } finally {
            external.close();
        }
    }

    @Test
    void aStoppedMongoGives503AndTheServerRecoversWhenItIsBack() throws Exception {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Map<String, String> env = environment("mongo");
        env.put("MONGO_URI", "mongodb://127.0.0.1:" + address.getPort());
        env.put("MONGO_DATABASE", "outage");
        try (InboundScimServer server = start(env)) {
            Fixture fixture = Fixture.create(new HttpClientSupport(server.port()));
            mongo.shutdownNow();
            fixture.assertUnavailable();
            awaitStatus(fixture.http(), "/observe/health/ready", 503);
            assertEquals(200, fixture.http().get("/observe/health/live", null).status());
            // The stand-in keeps its data in memory: it comes back empty, and the server serves it.
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", address.getPort());
            awaitStatus(fixture.http(), "/observe/health/ready", 200);
            awaitStatus(fixture.http(), "/api/v2/connections", 200, TestServer.ADMIN_TOKEN);
            assertOneWarningPerOutageAndNoStackTraces();
        } finally {
            mongo.shutdownNow();
        }
    }

    /**
     * The outage is reported by the store's health check (a line when it begins, one per 10 s while it lasts, one
     * when it ends), not by every request: no line carries a stack trace, and a handful of lines cover it.
     */
    private void assertOneWarningPerOutageAndNoStackTraces() {
        List<String> withStack = log.records().stream().filter(r -> r.getThrown() != null
                && r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
        assertEquals(List.of(), withStack, "no warning or error with a stack trace during the outage");
        long storeLines = log.records().stream().filter(r -> r.getLoggerName() != null
                && r.getLoggerName().startsWith("dev.inboundscim") && r.getLevel().intValue() >= Level.WARNING.intValue())
                .count();
        assertTrue(storeLines <= 8, "a few warnings for the whole outage, not one per request: " + storeLines);
    }

    /** A connection with SCIM on, a token and a user, made while the store answers. */
    private record Fixture(HttpClientSupport http, ScimEndpoint endpoint, String userPath) {

        static Fixture create(HttpClientSupport http) {
            ScimEndpoint endpoint = ScimEndpoint.create(http, TestServer.ADMIN_TOKEN, "okta", SCOPES);
            Reply user = http.post(endpoint.path() + "/Users", endpoint.token(),
                    ScimTestSupport.oktaUser("outage@example.com", "outage-1", "Out", true));
            assertEquals(201, user.status(), user.body());
            return new Fixture(http, endpoint,
                    endpoint.path() + "/Users/" + ScimTestSupport.encode(user.json().path("id").asText()));
        }

        /** Both APIs answer 503 with their error body and Retry-After, within the store timeout plus 0.5 s. */
        void assertUnavailable() {
            Reply scim = timed(() -> http.get(userPath, endpoint.token()));
            ScimTestSupport.assertScimError(scim, 503);
            assertNotNull(scim.header("Retry-After"), "Retry-After on the SCIM answer");
            Reply management = timed(() -> http.get("/api/v2/connections/" + endpoint.connectionId(),
                    TestServer.ADMIN_TOKEN));
            assertEquals(503, management.status(), management.body());
            assertEquals(503, management.json().path("statusCode").asInt(), management.body());
            assertNotNull(management.header("Retry-After"), "Retry-After on the Management API's answer");
            Reply keys = timed(() -> http.get("/.well-known/jwks.json", null));
            assertTrue(keys.status() == 200 || keys.status() == 503, "the published keys: " + keys.status());
            if (keys.status() == 503) {
                assertNotNull(keys.header("Retry-After"), "Retry-After on the keys' answer");
            }
        }

        /** Asks until the store's loss shows: each answer a success or a 503 in time, never anything else. */
        void awaitUnavailable() {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                Reply reply = timed(() -> http.get(userPath, endpoint.token()));
                if (reply.status() == 503) {
                    ScimTestSupport.assertScimError(reply, 503);
                    assertNotNull(reply.header("Retry-After"));
                    return;
                }
                assertEquals(200, reply.status(), reply.body());
                assertTrue(System.nanoTime() < end, "the killed postmaster never showed");
            }
        }

        void awaitServing() throws InterruptedException {
            awaitStatus(http, userPath, 200, endpoint.token());
        }

        private static Reply timed(Supplier<Reply> request) {
            long start = System.nanoTime();
            Reply reply = request.get();
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(elapsed <= ANSWER_BOUND_MS, "answered in " + elapsed + " ms, at most " + ANSWER_BOUND_MS);
            return reply;
        }
    }

    static void awaitStatus(HttpClientSupport http, String path, int status) throws InterruptedException {
        awaitStatus(http, path, status, null);
    }

    /** Asks {@code path} until it answers {@code status}, for up to 30 s. */
    static void awaitStatus(HttpClientSupport http, String path, int status, String bearer)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = -1;
        while (System.nanoTime() < end) {
            last = http.get(path, bearer).status();
            if (last == status) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", for 30 s");
    }

    /** The postmaster of {@code data} first, then every process it started. */
    static List<Long> postgresProcesses(Path data) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        List<Long> processes = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).map(ProcessHandle::descendants).orElse(Stream.empty())
                .forEach(child -> processes.add(child.pid()));
        return processes;
    }

    static void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processes.forEach(pid -> command.add(Long.toString(pid)));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill " + signal + " " + processes);
    }
}
