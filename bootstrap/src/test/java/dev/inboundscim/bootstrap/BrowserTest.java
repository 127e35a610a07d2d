package dev.inboundscim.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the browser tests: one real server on PostgreSQL and one headless Chromium for each test class (both start
 * in about a second; every test makes its own connection), the console's origin allowed to use the clipboard so that
 * a test can press Copy and read what it copied, a 1280×800 viewport before each test, and what the browser showed
 * kept when a test fails ({@link FailureEvidence}).
 */
abstract class BrowserTest {

    static final String ADMIN = TestServer.ADMIN_TOKEN;
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    static TestServer server;
    static HttpClientSupport http;
    static Browser browser;

    @RegisterExtension
    final FailureEvidence evidence = new FailureEvidence(() -> browser, SCREENSHOTS);

    @BeforeAll
    static void startServerAndBrowser() {
        server = TestServer.start(TestServer.postgres());
        http = server.client();
        browser = Browser.start(server.port());
        browser.grantClipboard();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            server.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 800);
    }
}
