package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.inboundscim.adapter.out.mongo.TestMongo;
import dev.inboundscim.adapter.out.postgres.TestDatabases;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three server processes (the packaged jar) on one store, as behind a load balancer (issue 20): writes spread
 * round-robin are read at once through another process, one process is killed with SIGKILL mid-run while the others
 * keep serving, no acknowledged write is lost, and a revocation made through one process holds in the others within
 * a second. Once on the PostgreSQL the tests picked ({@code LISTEN}/{@code NOTIFY} carries the revocation), once on
 * the MongoDB they picked ({@code TestMongo}: the mongo-java-server stand-in over TCP when there is no Docker), where
 * each process learns of it by polling the settings version document ({@code MongoSettingsChanges}).
 */
class ThreeProcessIT {

    private static final String ADMIN = "three-process-admin-token";
    private static final int WRITERS = 6;

    @TempDir
    Path workDir;

    /**
     * The settings of each of the three processes: all on the one store the tests picked, with a store timeout
     * long enough for a busy build machine (this test is about what is kept, not how fast).
     */
    private static Map<String, String> environment(String store) {
        if (store.equals("mongo")) {
            TestMongo.Coordinates mongo = TestMongo.coordinates();
            return Map.of("ADMIN_TOKEN", ADMIN, "RATE_LIMIT_PER_CONNECTION", "0", "STORE_TIMEOUT_MS", "10000",
                    "STORE", "mongo", "MONGO_URI", mongo.uri(), "MONGO_DATABASE", mongo.database());
        }
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        return Map.of("ADMIN_TOKEN", ADMIN, "RATE_LIMIT_PER_CONNECTION", "0", "STORE_TIMEOUT_MS", "10000",
                "STORE", "postgres", "POSTGRES_URL", database.jdbcUrl(), "POSTGRES_USER", database.user(),
                "POSTGRES_PASSWORD", database.password());
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgres", "mongo"})
    void threeProcessesServeOneStoreAndOneKilledLosesNoAcknowledgedWrite(String store) throws Exception {
        Map<String, String> env = environment(store);
        List<ServerProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Path node = Files.createDirectories(workDir.resolve(store + "-node-" + i));
                nodes.add(ServerProcess.started(node, env));
            }
            List<HttpClientSupport> clients = nodes.stream().map(n -> new HttpClientSupport(n.port())).toList();
            ScimEndpoint endpoint = ScimEndpoint.create(clients.get(0), ADMIN, "okta",
                    "get:users post:users patch:users");

            Reply created = clients.get(1).post(endpoint.path() + "/Users", endpoint.token(),
                    oktaUser("first@example.com", "first-ext", "First", true));
            assertEquals(201, created.status(), created.body());
            Reply read = clients.get(2).get(endpoint.path() + "/Users/" + encode(created.json().path("id").asText()),
                    endpoint.token());
            assertEquals(200, read.status(), "written through one process, read at once through another");
            assertEquals(created.header("ETag"), read.header("ETag"));

            deliveredOnceByThreeProcesses(new HttpClientSupport(nodes.stream().map(ServerProcess::port).toList()),
                    endpoint);

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger afterKill = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    done.add(writers.submit(() -> write(writer, clients, endpoint, acknowledged, afterKill, killed,
                            running)));
                }
                Thread.sleep(1500);
                nodes.get(1).kill();
                killed.set(true);
                Thread.sleep(1500);
                running.set(false);
                for (Future<?> writer : done) {
                    writer.get();
                }
            }
            assertTrue(afterKill.get() > 0, "the other processes kept serving after the kill");
            Set<String> stored = ScimTestSupport.userNames(clients.get(2), endpoint);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged writes missing after the kill (" + acknowledged.size()
                    + " acknowledged)");

            String tokenId = endpoint.token().substring(0, endpoint.token().indexOf('.'));
            assertEquals(204, clients.get(0).delete("/api/v2/connections/" + endpoint.connectionId()
                    + "/scim-configuration/tokens/" + tokenId, ADMIN).status());
            long revoked = System.nanoTime();
            LogReceiver.await("the third process to refuse the revoked token", () -> clients.get(2)
                    .get(endpoint.path() + "/Users?count=1", endpoint.token()).status() == 401);
            assertTrue(Duration.ofNanos(System.nanoTime() - revoked).toMillis() < 1000,
                    "a revocation holds in every process within a second (SPEC §7)");
        } finally {
            for (ServerProcess node : nodes) {
                node.close();
            }
        }
    }

    /**
     * One log stream and one logout client, each with a receiver on loopback, while the three processes all poll:
     * users created and deactivated through the processes in turn give each stream entry once, in the order of
     * the writes, and one logout token per session.
     */
    private static void deliveredOnceByThreeProcesses(HttpClientSupport roundRobin, ScimEndpoint endpoint)
            throws Exception {
        try (LogReceiver stream = new LogReceiver(); LogReceiver logout = new LogReceiver()) {
            Reply created = roundRobin.post("/api/v2/log-streams", ADMIN, """
                    {"name":"three-processes","type":"http","sink":{"httpEndpoint":"%s"},\
                    "filters":[{"type":"category","name":"scim.event"}]}""".formatted(stream.url()));
            assertEquals(201, created.status(), created.body());
            Reply client = roundRobin.post("/api/v2/clients", ADMIN, """
                    {"name":"three-processes","oidc_logout":{"backchannel_logout_urls":["%s"]}}"""
                    .formatted(logout.url()));
            assertEquals(201, client.status(), client.body());
            // Every process routes from the streams it keeps in memory: writes from a second on reach the new one.
            Thread.sleep(1000);
            ScimEndpoint scim = new ScimEndpoint(roundRobin, ADMIN, endpoint.connectionId(), endpoint.connectionName(),
                    endpoint.token());
            List<String> written = new ArrayList<>();
            Set<String> sessions = new HashSet<>();
            for (int i = 0; i < 9; i++) {
                Reply user = roundRobin.post(scim.path() + "/Users", scim.token(),
                        oktaUser("delivered-" + i + "@example.com", "delivered-" + i, "Delivered", true));
                assertEquals(201, user.status(), user.body());
                String id = user.json().path("id").asText();
                written.add(id);
                Reply login = roundRobin.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN, """
                        {"claims":{"sub":"delivered-%d"},"session_id":"sid-%d","client_id":"%s"}"""
                        .formatted(i, i, client.json().path("client_id").asText()));
                assertEquals(200, login.status(), login.body());
                sessions.add("sid-" + i);
            }
            for (String id : List.copyOf(written)) {
                Reply patched = roundRobin.send("PATCH", scim.path() + "/Users/" + encode(id), scim.token(),
                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
                                + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}", "application/scim+json");
                assertEquals(200, patched.status(), patched.body());
                written.add(id);
            }
            LogReceiver.await("18 stream entries", () -> stream.eventsOf(scim.connectionId()).size() >= 18);
            LogReceiver.await("9 logout tokens", () -> logout.requests().size() >= 9);
            Thread.sleep(1000);
            assertEquals(written, stream.eventsOf(scim.connectionId()).stream()
                    .map(e -> e.path("data").path("user_id").asText()).toList(),
                    "each entry once, in the order of the writes");
            List<String> sids = new ArrayList<>();
            for (LogReceiver.Received request : logout.requests()) {
                String token = URLDecoder.decode(request.body().substring("logout_token=".length()),
                        StandardCharsets.UTF_8);
                sids.add(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid"));
            }
            assertEquals(9, sids.size(), "one logout token per session: " + sids);
            assertEquals(sessions, new HashSet<>(sids));
            assertEquals(204, roundRobin.delete("/api/v2/log-streams/" + created.json().path("id").asText(), ADMIN)
                    .status());
            assertEquals(204, roundRobin.delete("/api/v2/clients/" + client.json().path("client_id").asText(), ADMIN)
                    .status());
        }
    }

    /** Creates users through the processes in turn; a process that is gone refuses, and that write is not counted. */
    private static Void write(int writer, List<HttpClientSupport> clients, ScimEndpoint endpoint,
                              Set<String> acknowledged, AtomicInteger afterKill, AtomicBoolean killed,
                              AtomicBoolean running) {
        for (int i = 0; running.get(); i++) {
            String name = "w" + writer + "-" + i + "@example.com";
            boolean wasKilled = killed.get();
            try {
                Reply reply = clients.get((writer + i) % clients.size()).post(endpoint.path() + "/Users",
                        endpoint.token(), oktaUser(name, "ext-" + writer + "-" + i, "Node", true));
                if (reply.status() == 201) {
                    acknowledged.add(name);
                    if (wasKilled) {
                        afterKill.incrementAndGet();
                    }
                }
            } catch (UncheckedIOException e) {
                // The killed process: the request was never acknowledged.
            }
        }
        return null;
    }
}
