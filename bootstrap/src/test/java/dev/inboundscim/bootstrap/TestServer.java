package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.out.mongo.MongoStore;
import dev.inboundscim.adapter.out.mongo.TestMongo;
import dev.inboundscim.adapter.out.postgres.PostgresStore;
import dev.inboundscim.adapter.out.postgres.TestDatabases;
import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.domain.logstream.RetryBackoff;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The real server with the real wiring on a random port, over the PostgreSQL the tests picked. */
final class TestServer implements AutoCloseable {

    static final String ADMIN_TOKEN = "test-admin-token";

    private final InboundScimServer server;

    private TestServer(InboundScimServer server) {
        this.server = server;
    }

    /** The PostgreSQL the tests picked, as the server's ports; closing the server leaves it open. */
    static Persistence postgres() {
        PostgresStore store = TestDatabases.postgres();
        return PersistenceFactory.of(store, "test PostgreSQL", () -> { });
    }

    /** The MongoDB the tests picked (see {@link TestMongo}), as the server's ports; closing the server leaves it open. */
    static Persistence mongo() {
        MongoStore store = TestMongo.store();
        return PersistenceFactory.of(store, "test MongoDB", () -> { });
    }

    /** Small enough that the HTTP suites can reach every group limit. */
    static final GroupLimits TEST_GROUP_LIMITS = new GroupLimits(20, 50, 30);
    static final long TEST_GROUP_PATCH_RESPONSE_MAX_MEMBERS = 5;

    /** Quick polls and short waits, so the suites see deliveries, retries and suspension in well under a second. */
    static final LogStreamSettings TEST_LOG_STREAMS = new LogStreamSettings(Duration.ofMillis(50), 5,
            new RetryBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), 3, Duration.ofSeconds(2));

    static TestServer start(Persistence persistence) {
        ServerSettings settings = new ServerSettings(0, Optional.of(ADMIN_TOKEN), Optional.of("postgres"),
                Path.of("target/unused"), Optional.empty(), "test", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1000, 1024 * 1024, TEST_GROUP_LIMITS,
                TEST_GROUP_PATCH_RESPONSE_MAX_MEMBERS, TEST_LOG_STREAMS);
        return new TestServer(InboundScimServer.start(settings, persistence));
    }

    int port() {
        return server.port();
    }

    String adminToken() {
        return ADMIN_TOKEN;
    }

    HttpClientSupport client() {
        return new HttpClientSupport(server.port());
    }

    @Override
    public void close() {
        server.close();
    }
}
