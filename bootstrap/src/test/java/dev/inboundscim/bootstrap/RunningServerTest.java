package dev.inboundscim.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the black-box HTTP suites: one real server per test class over the persistence adapter the subclass
 * names, a real client, and the suites themselves unchanged for every adapter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningServerTest {

    static final String ADMIN = TestServer.ADMIN_TOKEN;

    /**
     * How long a store call of a node of several may take (STORE_TIMEOUT_MS) before it is a 503: three nodes poll
     * one store three times as often, and hold three pools' worth of transactions on it.
     */
    private static final Duration NODE_STORE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Set (-Dscim.test.node-processes=true) to run every several-node suite on server processes instead of nodes
     * inside this JVM: the build's surefire execution {@code three-node-processes} sets it for the
     * {@code *ThreeNode*Test} classes, which it runs in a test JVM of their own (docs/testing.md).
     */
    static final String NODE_PROCESSES = "scim.test.node-processes";

    ServerUnderTest server;
    HttpClientSupport http;
    /** The ports of the nodes beside the first; none when the server runs as one node. */
    private final List<Integer> otherNodes = new ArrayList<>();
    private TestServer inThisJvm;
    /** The nodes beside the first when they run inside this JVM, and their stores. */
    private final List<TestServer> nodesInThisJvm = new ArrayList<>();
    private final List<Persistence> nodeStores = new ArrayList<>();
    private NodeProcesses processes;
    @RegisterExtension
    final NodeOutputEvidence evidence = new NodeOutputEvidence(() -> processes);

    /**
     * The store to serve from; shared by the classes of one JVM, so the server must not close it. With several
     * nodes, the test store of its kind, whose database the node processes share.
     */
    abstract Persistence persistence();

    /** Settings (environment variables) this suite needs beyond {@link TestServer#testEnvironment()}. */
    Map<String, String> settings() {
        return Map.of();
    }

    /**
     * How many nodes serve the suite (issue 20): one, inside this JVM; or several, each a server process of its own
     * on the one store ({@link NodeProcesses}), with requests spread round-robin across them.
     */
    int nodeCount() {
        return 1;
    }

    /**
     * Whether several nodes run as server processes ({@link NodeProcesses}) rather than inside this JVM, each with a
     * store connection, pool, caches, change observation and background workers of its own but one JVM.
     */
    boolean nodesAsProcesses() {
        return Boolean.getBoolean(NODE_PROCESSES);
    }

    /** The ports of every node, the first node's first; one port when the server runs as one node. */
    List<Integer> nodePorts() {
        List<Integer> ports = new ArrayList<>(List.of(server.port()));
        ports.addAll(otherNodes);
        return ports;
    }

    /** What the server, every node of it, prints while the returned log is open. */
    ServerLog serverLog() {
        return processes == null ? ServerLog.ofThisJvm() : processes.log();
    }

    @BeforeAll
    void startServer() {
        Persistence store = persistence();
        if (nodeCount() == 1) {
            SharedNodes.stopIdle();
            inThisJvm = TestServer.start(store, settings());
            server = inThisJvm;
            http = server.client();
            return;
        }
        // Three nodes poll one store three times as often, on a build machine's few cores: these suites are about
        // what every node sees, so a store call may take longer than the production default before it is a 503.
        Map<String, String> nodeSettings = new HashMap<>(settings());
        nodeSettings.putIfAbsent("STORE_TIMEOUT_MS", String.valueOf(NODE_STORE_TIMEOUT.toMillis()));
        // No node stops mid-suite, so no lease needs to expire quickly; the tests' 2 s lease would let a node held up
        // by a busy machine see its stream or notice taken over and sent twice (at least once, as documented).
        nodeSettings.putIfAbsent("LOG_STREAM_LEASE_SECONDS", "30");
        if (!nodesAsProcesses()) {
            startNodesInThisJvm(store, nodeSettings);
            return;
        }
        // The suites create their own connections, so the classes asking for the same store and settings share
        // one set of processes, as they share the store; persistence() above has migrated it before they start.
        processes = SharedNodes.borrow(store.kind(), nodeSettings, nodeCount());
        server = processes;
        List<Integer> ports = processes.ports();
        otherNodes.addAll(ports.subList(1, ports.size()));
        http = new HttpClientSupport(ports);
    }

    private static void closeStore(Persistence store) {
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("a node's store did not close", e);
        }
    }

    private void startNodesInThisJvm(Persistence store, Map<String, String> nodeSettings) {
        SharedNodes.stopIdle();
        inThisJvm = TestServer.start(store, nodeSettings);
        server = inThisJvm;
        Map<String, String> behindOneAddress = new HashMap<>(nodeSettings);
        // Behind a load balancer every node answers with the one public address in its locations.
        behindOneAddress.put("PUBLIC_BASE_URL", "http://localhost:" + server.port());
        for (int i = 1; i < nodeCount(); i++) {
            Persistence nodeStore = switch (store.kind()) {
                case "postgres" -> TestServer.postgresNode(NODE_STORE_TIMEOUT);
                case "mongo" -> TestServer.mongoNode();
                default -> throw new IllegalArgumentException("no further nodes on a store of kind " + store.kind());
            };
            nodeStores.add(nodeStore);
            TestServer node = TestServer.start(nodeStore, behindOneAddress);
            nodesInThisJvm.add(node);
            otherNodes.add(node.port());
        }
        http = new HttpClientSupport(nodePorts());
    }

    @AfterAll
    void stopServer() {
        try {
            if (!otherNodes.isEmpty() && http.nodesUsed() != otherNodes.size() + 1) {
                throw new AssertionError("the requests did not reach every node: " + http.nodesUsed());
            }
        } finally {
            if (processes != null) {
                SharedNodes.giveBack(processes);
            } else {
                inThisJvm.close();
                nodesInThisJvm.forEach(TestServer::close);
                for (Persistence nodeStore : nodeStores) {
                    closeStore(nodeStore);
                }
            }
        }
    }
}
