package dev.inboundscim.bootstrap;

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

    /** The store to serve from; shared by the classes of one JVM, so the server must not close it. */
    abstract Persistence persistence();

    /** Settings (environment variables) this suite needs beyond {@link TestServer#testEnvironment()}. */
    Map<String, String> settings() {
        return Map.of();
    }

    @BeforeAll
    void startServer() {
        server = TestServer.start(persistence(), settings());
        http = server.client();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }
}
