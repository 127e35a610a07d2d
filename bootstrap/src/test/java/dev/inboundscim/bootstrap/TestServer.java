package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.out.mongo.MongoStore;
import dev.inboundscim.adapter.out.mongo.TestMongo;
import dev.inboundscim.adapter.out.postgres.PostgresStore;
import dev.inboundscim.adapter.out.postgres.TestDatabases;
import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.domain.logstream.RetryBackoff;
import io.helidon.config.Config;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The real server with the real wiring on a random port, over the PostgreSQL the tests picked. */
final class TestServer implements ServerUnderTest, AutoCloseable {

    static final String ADMIN_TOKEN = "test-admin-token";

    private final InboundScimServer server;

    private TestServer(InboundScimServer server) {
        this.server = server;
    }

    /** The PostgreSQL the tests picked, as the server's ports; closing the server leaves it open. */
    static Persistence postgres() {
        PostgresStore store = TestDatabases.postgres();
        return new Persistence("postgres", "test PostgreSQL", store, () -> { });
    }

    /** The MongoDB the tests picked ({@link TestMongo}) as the server's ports; closing the server leaves it open. */
    static Persistence mongo() {
        MongoStore store = TestMongo.store();
        return new Persistence("mongo", "test MongoDB", store, () -> { });
    }

    /**
     * Another node's PostgreSQL, for a node inside this JVM: a store of its own over the same database, closed with
     * the node's persistence. Its pool waits up to {@code timeout} for a connection, as {@link RunningServerTest} lets
     * a node's store calls take: three nodes hold three pools' worth of transactions on one database.
     */
    static Persistence postgresNode(Duration timeout) {
        TestDatabases.Coordinates database = TestDatabases.coordinates();
        PostgresStore store = PostgresStore.connect(database.jdbcUrl(), database.user(), database.password(),
                PostgresStore.DEFAULT_POOL_SIZE, timeout);
        return new Persistence("postgres", "test PostgreSQL (another node)", store, store::close);
    }

    /** Another node's MongoDB, for a node inside this JVM: a store of its own over the same database. */
    static Persistence mongoNode() {
        MongoStore store = TestMongo.node();
        return new Persistence("mongo", "test MongoDB (another node)", store, store::close);
    }

    /** Small enough that the HTTP suites can reach every group limit. */
    static final GroupLimits TEST_GROUP_LIMITS = new GroupLimits(20, 50, 30);
    static final long TEST_GROUP_PATCH_RESPONSE_MAX_MEMBERS = 5;

    /** Quick polls and short waits, so the suites see deliveries, retries and suspension in well under a second. */
    static final LogStreamSettings TEST_LOG_STREAMS = new LogStreamSettings(Duration.ofMillis(50), 5,
            new RetryBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), 3, Duration.ofSeconds(2));

    /**
     * The settings of the test servers: small group limits, quick log stream polls, and no rate limit, which the
     * functional suites switch off explicitly because they send requests as fast as they can (the rate-limit
     * suites turn it on with {@link #start(Persistence, Map)}).
     */
    static Map<String, String> testEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("STORE", "postgres");
        env.put("DATA_DIR", "target/unused");
        env.put("TENANT_NAME", "test");
        env.put("SCIM_GROUP_MAX_MEMBERS_PER_REQUEST", String.valueOf(TEST_GROUP_LIMITS.maxMembersPerRequest()));
        env.put("SCIM_MAX_GROUPS_PER_CONNECTION", String.valueOf(TEST_GROUP_LIMITS.maxGroupsPerConnection()));
        env.put("SCIM_GROUP_MAX_MEMBERS", String.valueOf(TEST_GROUP_LIMITS.maxMembersPerGroup()));
        env.put("SCIM_GROUP_PATCH_RESPONSE_MAX_MEMBERS", String.valueOf(TEST_GROUP_PATCH_RESPONSE_MAX_MEMBERS));
        env.put("LOG_STREAM_POLL_MILLIS", String.valueOf(TEST_LOG_STREAMS.pollInterval().toMillis()));
        env.put("LOG_STREAM_BATCH_SIZE", String.valueOf(TEST_LOG_STREAMS.batchSize()));
        env.put("LOG_STREAM_RETRY_BASE_MILLIS", String.valueOf(TEST_LOG_STREAMS.backoff().base().toMillis()));
        env.put("LOG_STREAM_RETRY_MAX_MILLIS", String.valueOf(TEST_LOG_STREAMS.backoff().max().toMillis()));
        env.put("LOG_STREAM_SUSPEND_AFTER_FAILURES", String.valueOf(TEST_LOG_STREAMS.suspendAfterFailures()));
        env.put("LOG_STREAM_LEASE_SECONDS", String.valueOf(TEST_LOG_STREAMS.lease().toSeconds()));
        env.put("RATE_LIMIT_PER_CONNECTION", "0");
        return env;
    }

    static TestServer start(Persistence persistence) {
        return start(persistence, Map.of());
    }

    /** A test server whose settings are {@link #testEnvironment()} with {@code overrides}. */
    static TestServer start(Persistence persistence, Map<String, String> overrides) {
        Map<String, String> env = testEnvironment();
        env.putAll(overrides);
        ServerSettings settings = ServerSettings.load(Config.empty(), env::get);
        return new TestServer(InboundScimServer.start(settings, persistence));
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String adminToken() {
        return ADMIN_TOKEN;
    }

    @Override
    public HttpClientSupport client() {
        return new HttpClientSupport(server.port());
    }

    @Override
    public void close() {
        server.close();
    }
}
