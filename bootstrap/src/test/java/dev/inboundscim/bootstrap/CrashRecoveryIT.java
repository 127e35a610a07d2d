package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7.2 on the packaged server in a process of its own: {@code kill -9} during concurrent writes (of the JVM, and
 * of the JVM with its PostgreSQL, as close to a machine crash as a test gets) loses no acknowledged write and the
 * next start succeeds at once; SIGTERM drains the requests in flight and stops everything cleanly; a start that fails
 * says why in one line, exits non-zero and never prints (and so never loses) a generated admin token.
 *
 * <p>{@code -Dresilience.cycles=N} runs more crash cycles than the three of the build (docs/reliability.md).
 */
class CrashRecoveryIT {

    private static final String ADMIN = "crash-recovery-admin-token";
    private static final Map<String, String> ENV = Map.of("ADMIN_TOKEN", ADMIN, "RATE_LIMIT_PER_CONNECTION", "0");
    private static final int WRITERS = 8;

    @TempDir
    Path workDir;

    private Path postgresData() {
        return workDir.resolve("data/postgres");
    }

    @Test
    void killedDuringConcurrentWritesLosesNoAcknowledgedWriteAndStartsAgainAtOnce() throws Exception {
        int cycles = Integer.getInteger("resilience.cycles", 3);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ServerProcess server = ServerProcess.started(workDir, ENV);
        ScimEndpoint endpoint = ScimEndpoint.create(new HttpClientSupport(server.port()), ADMIN, "okta",
                "get:users post:users");
        List<String> report = new ArrayList<>();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            boolean machineCrash = cycle % 2 == 0;
            int before = acknowledged.size();
            writeUntilKilled(server, endpoint, cycle, acknowledged, machineCrash);
            long start = System.nanoTime();
            server = ServerProcess.start(workDir, ENV);
            server.awaitListening(Duration.ofSeconds(60));
            long restart = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertFalse(server.output().contains("cannot start"), server.output());
            if (!machineCrash) {
                assertTrue(server.output().contains("left running"),
                        "the PostgreSQL the killed JVM left behind was found and stopped:\n" + server.output());
            }
            Set<String> stored = ScimTestSupport.userNames(new HttpClientSupport(server.port()), endpoint);
            Set<String> missing = new HashSet<>(acknowledged);
            missing.removeAll(stored);
            assertEquals(Set.of(), missing, "acknowledged creates lost in cycle " + cycle);
            report.add("cycle " + cycle + (machineCrash ? " (JVM and PostgreSQL killed)" : " (JVM killed)") + ": "
                    + (acknowledged.size() - before) + " acknowledged creates, all there; restarted in " + restart
                    + " ms");
        }
        server.close();
        report.forEach(line -> System.out.println("Crash recovery: " + line));
        assertTrue(acknowledged.size() > cycles * 50, "the writers wrote: " + acknowledged.size());
    }

    /** Eight writers create users until the server is killed mid-write; the acknowledged ones are recorded. */
    private void writeUntilKilled(ServerProcess server, ScimEndpoint endpoint, int cycle, Set<String> acknowledged,
                                  boolean withPostgres) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        HttpClientSupport http = new HttpClientSupport(server.port());
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        String name = "c" + cycle + "-w" + writer + "-" + n + "@example.com";
                        try {
                            Reply reply = http.post(endpoint.path() + "/Users", endpoint.token(),
                                    ScimTestSupport.oktaUser(name, "ext-" + name, "C", true));
                            if (reply.status() == 201) {
                                acknowledged.add(name);
                            }
                        } catch (RuntimeException e) {
                            // The server was killed under this request: it was never acknowledged.
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1500);
            List<Long> postgres = withPostgres ? StoreOutageTest.postgresProcesses(postgresData()) : List.of();
            List<Long> victims = new ArrayList<>(List.of(server.pid()));
            victims.addAll(postgres);
            StoreOutageTest.signal("-KILL", victims);
            server.kill();
            running.set(false);
        }
    }

    @Test
    void sigtermDrainsTheRequestsInFlightThenStopsEverythingCleanly() throws Exception {
        Map<String, String> env = new HashMap<>(ENV);
        env.put("SHUTDOWN_GRACE_SECONDS", "15");
        ServerProcess server = ServerProcess.started(workDir, env);
        HttpClientSupport http = new HttpClientSupport(server.port());
        ScimEndpoint endpoint = ScimEndpoint.create(http, ADMIN, "okta", "get:users post:users");
        byte[] body = ScimTestSupport.oktaUser("drained@example.com", "drained", "Dra", true)
                .getBytes(StandardCharsets.UTF_8);
        try (Socket inFlight = new Socket("localhost", server.port())) {
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST " + endpoint.path() + "/Users HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + endpoint.token() + "\r\nContent-Type: application/scim+json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(300);

            server.terminate();
            StoreOutageTest.awaitStatus(http, "/observe/health/ready", 503);
            assertEquals(200, http.get("/observe/health/live", null).status(), "alive while it drains");

            out.write(body, 10, body.length - 10);
            out.flush();
            inFlight.setSoTimeout(10_000);
            String answer = new String(readAll(inFlight.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201"), "the request in flight finished: " + answer);
        }
        Integer exit = server.awaitExit(Duration.ofSeconds(30));
        assertNotNull(exit, "the server stopped after the drain:\n" + server.output());
        assertTrue(server.output().contains("Shutdown began"), server.output());
        assertTrue(server.output().contains("Shutdown ended"), server.output());
        assertFalse(Files.exists(postgresData().resolve("postmaster.pid")),
                "the embedded PostgreSQL was shut down cleanly (it removes its postmaster.pid)");

        try (ServerProcess again = ServerProcess.started(workDir, ENV)) {
            assertFalse(again.output().contains("left running"), again.output());
            Reply found = new HttpClientSupport(again.port()).get(endpoint.path() + "/Users?filter="
                    + ScimTestSupport.encode("userName eq \"drained@example.com\""), endpoint.token());
            assertEquals(1, found.json().path("totalResults").asInt(), found.body());
        }
    }

    @Test
    void aStartThatFailsSaysWhyOnOneLineExitsNonZeroAndNeverPrintsAToken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ServerProcess failed = ServerProcess.start(workDir, Map.of("PORT", String.valueOf(taken.getLocalPort())));
            Integer exit = failed.awaitExit(Duration.ofSeconds(60));
            assertNotNull(exit, "a failed start ends the process:\n" + failed.output());
            assertNotEquals(0, exit);
            List<String> errors = failed.stderr().lines().filter(line -> !line.isBlank()).toList();
            assertEquals(1, errors.size(), "one line on stderr:\n" + failed.stderr());
            assertTrue(errors.getFirst().startsWith("Inbound SCIM Server cannot start: "), errors.getFirst());
            assertFalse(failed.output().contains("adm_"), "no admin token was printed:\n" + failed.output());
            assertFalse(Files.exists(postgresData().resolve("postmaster.pid")), "its PostgreSQL was stopped");
        }
        try (ServerProcess started = ServerProcess.started(workDir, Map.of())) {
            assertTrue(started.adminToken().isPresent(), "the token is generated and shown by the first start that "
                    + "succeeds:\n" + started.output());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
