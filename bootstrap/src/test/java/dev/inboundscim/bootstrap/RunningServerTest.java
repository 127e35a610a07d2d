package dev.inboundscim.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the black-box HTTP suites: one real server per test class over the persistence adapter the subclass
 * names, a real client, and the suites themselves unchanged for every adapter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningServerTest {

    static final String ADMIN = TestServer.ADMIN_TOKEN;

    TestServer server;
    HttpClientSupport http;
    private final List<TestServer> otherNodes = new ArrayList<>();
    private final List<Persistence> otherStores = new ArrayList<>();

    /** The store to serve from; shared by the classes of one JVM, so the server must not close it. */
    abstract Persistence persistence();

    /** Settings (environment variables) this suite needs beyond {@link TestServer#testEnvironment()}. */
    Map<String, String> settings() {
        return Map.of();
    }

    /**
     * Stores for further nodes of the same server (issue 20): each its own connection to the same database, so its
     * own pool and caches, as another process would have. None by default.
     */
    List<Persistence> otherNodes() {
        return List.of();
    }

    /** The ports of every node, the first node's first; one port when the server runs as one node. */
    List<Integer> nodePorts() {
        List<Integer> ports = new ArrayList<>(List.of(server.port()));
        otherNodes.forEach(node -> ports.add(node.port()));
        return ports;
    }

    @BeforeAll
    void startServer() {
        List<Persistence> others = otherNodes();
        if (others.isEmpty()) {
            server = TestServer.start(persistence(), settings());
            http = server.client();
            return;
        }
        // Three nodes poll one store three times as often, on a build machine's few cores: these suites are about
        // what every node sees, so a store call may take longer than the production default before it is a 503.
        Map<String, String> nodeSettings = new HashMap<>(settings());
        nodeSettings.putIfAbsent("STORE_TIMEOUT_MS", String.valueOf(TestServer.NODE_STORE_TIMEOUT.toMillis()));
        // No node stops mid-suite, so no lease needs to expire quickly; the tests' 2 s lease would let a node held up
        // by a busy machine see its stream or notice taken over and sent twice (at least once, as documented).
        nodeSettings.putIfAbsent("LOG_STREAM_LEASE_SECONDS", "30");
        server = TestServer.start(persistence(), nodeSettings);
        List<Integer> ports = new ArrayList<>(List.of(server.port()));
        Map<String, String> behindOneAddress = new HashMap<>(nodeSettings);
        // Behind a load balancer every node answers with the one public address in its locations.
        behindOneAddress.put("PUBLIC_BASE_URL", "http://localhost:" + server.port());
        for (Persistence store : others) {
            otherStores.add(store);
            TestServer node = TestServer.start(store, behindOneAddress);
            otherNodes.add(node);
            ports.add(node.port());
        }
        http = new HttpClientSupport(ports);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (!otherNodes.isEmpty() && http.nodesUsed() != otherNodes.size() + 1) {
            throw new AssertionError("the requests did not reach every node: " + http.nodesUsed());
        }
        server.close();
        for (TestServer node : otherNodes) {
            node.close();
        }
        for (Persistence store : otherStores) {
            store.close();
        }
    }
}
