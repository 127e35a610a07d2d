package dev.inboundscim.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the black-box HTTP tests: one real server per test class, a real client, the shared test database. */
abstract class RunningServerTest {

    static final String ADMIN = TestServer.ADMIN_TOKEN;

    static TestServer server;
    static HttpClientSupport http;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        http = server.client();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
