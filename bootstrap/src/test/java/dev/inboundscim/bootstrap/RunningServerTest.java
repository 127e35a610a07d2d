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

    @BeforeAll
    void startServer() {
        server = TestServer.start(persistence(), settings());
        if (otherNodes().isEmpty()) {
            http = server.client();
            return;
        }
        List<Integer> ports = new ArrayList<>(List.of(server.port()));
        Map<String, String> behindOneAddress = new HashMap<>(settings());
        // Behind a load balancer every node answers with the one public address in its locations.
        behindOneAddress.put("PUBLIC_BASE_URL", "http://localhost:" + server.port());
        for (Persistence store : otherNodes()) {
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
