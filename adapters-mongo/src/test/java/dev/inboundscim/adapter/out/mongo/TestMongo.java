package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.mapping.AttributeMapping;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Picks the MongoDB that tests use, once per JVM: {@code SCIM_TEST_MONGO_URI} when set, else a Testcontainers
 * MongoDB (a one-node replica set) when Docker is available, else the in-process mongo-java-server, reached over
 * TCP by the real driver. It says which on standard output, uses a fresh database per JVM, and stops what it started
 * at JVM exit.
 */
public final class TestMongo {

    /** Where the test MongoDB is and how it was chosen. */
    public record Coordinates(String uri, String database, String source, boolean inProcess) {
        @Override
        public String toString() {
            return "Coordinates[" + source + "]";
        }
    }

    private static final Deque<Runnable> CLEANUP = new ArrayDeque<>();

    private static Coordinates coordinates;
    private static MongoStore store;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestMongo::cleanUp, "stop-test-mongo"));
        // Every command of every store of this JVM names its connection on per-connection collections.
        MongoStore.observeCommands(ShardKeyCommands.instance());
    }

    private TestMongo() {
    }

    /** The chosen MongoDB, started on first use. */
    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = choose();
            System.out.println("MongoDB for tests: " + coordinates.source());
        }
        return coordinates;
    }

    /**
     * How often the tests' stores poll the settings version: a settings write through one node waits up to one poll
     * for the others (docs/scaling.md), so the several-node suites keep it short.
     */
    public static final Duration SETTINGS_POLL = Duration.ofMillis(50);

    /** One store over the chosen MongoDB, shared by every test class of this JVM. */
    public static synchronized MongoStore store() {
        if (store == null) {
            store = node();
            CLEANUP.push(store::close);
        }
        return store;
    }

    /** Another store over the chosen MongoDB, as another node's, polling every {@link #SETTINGS_POLL}. */
    public static MongoStore node() {
        Coordinates mongo = coordinates();
        return MongoStore.connect(mongo.uri(), mongo.database(), MongoStore.DEFAULT_POOL_SIZE, AttributeMapping::of,
                SETTINGS_POLL);
    }

    private static Coordinates choose() {
        // A database of its own per JVM, so runs against a shared server never see each other's data.
        String database = RandomIds.alphanumeric("scim_test_", 10);
        String uri = System.getenv("SCIM_TEST_MONGO_URI");
        if (uri != null && !uri.isBlank()) {
            CLEANUP.push(() -> dropDatabase(uri, database));
            return new Coordinates(uri, database, "SCIM_TEST_MONGO_URI (database " + database + ")", false);
        }
        if (dockerAvailable()) {
            return Containers.start(database);
        }
        return inProcess(database);
    }

    private static boolean dockerAvailable() {
        try {
            return Containers.dockerAvailable();
        } catch (LinkageError e) {
            return false;
        }
    }

    private static Coordinates inProcess(String database) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        CLEANUP.push(server::shutdownNow);
        return new Coordinates("mongodb://127.0.0.1:" + address.getPort(), database,
                "in-process mongo-java-server (no Docker, no SCIM_TEST_MONGO_URI) on port " + address.getPort(), true);
    }

    /** A shared server keeps no test database behind. */
    private static void dropDatabase(String uri, String database) {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase(database).drop();
        }
    }

    private static synchronized void cleanUp() {
        while (!CLEANUP.isEmpty()) {
            try {
                CLEANUP.pop().run();
            } catch (RuntimeException e) {
                System.err.println("Test MongoDB clean-up failed: " + e);
            }
        }
    }

    /** Kept apart so Testcontainers is loaded only when asked for, and its absence means "no Docker". */
    private static final class Containers {

        private static final String IMAGE = "mongo:7.0";

        static boolean dockerAvailable() {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (LinkageError | RuntimeException e) {
                return false;
            }
        }

        @SuppressWarnings("resource") // stopped by the shutdown clean-up (and by Testcontainers' reaper)
        static Coordinates start(String database) {
            var container = new org.testcontainers.containers.MongoDBContainer(IMAGE);
            container.start();
            CLEANUP.push(container::stop);
            return new Coordinates(container.getReplicaSetUrl(database), database,
                    "Testcontainers (" + IMAGE + ", one-node replica set)", false);
        }
    }
}
