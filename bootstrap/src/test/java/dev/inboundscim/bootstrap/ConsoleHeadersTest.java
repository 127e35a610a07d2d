package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.adapter.in.http.console.ConsoleRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's files as served (SPEC §8): every answer under {@code /console} carries the strict policy, the page
 * runs no inline script or style and loads nothing from another origin, and only the console's own files exist.
 * What the pages do is the browser tests' ({@code Console*BrowserTest}, {@code SetupTicketBrowserTest}), in a real
 * Chromium.
 */
class ConsoleHeadersTest {

    private static TestServer server;
    private static HttpClientSupport http;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.postgres());
        http = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageAndItsFilesCarryAStrictPolicy() {
        for (String path : List.of("/console", "/console/", "/console/console.js", "/console/console.css",
                "/console/no-such-file.js", "/console/files.txt", "/console/..%2Fapi%2Fv2%2Fconnections",
                "/console/a/b.js")) {
            HttpClientSupport.Reply reply = http.get(path, null);
            assertEquals(ConsoleRoutes.CONTENT_SECURITY_POLICY, reply.header("Content-Security-Policy"), path);
            assertEquals("DENY", reply.header("X-Frame-Options"), path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", reply.header("Referrer-Policy"), path);
        }
        String policy = ConsoleRoutes.CONTENT_SECURITY_POLICY;
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*"),
                policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"), policy);
    }

    @Test
    void onlyTheConsolesOwnFilesAreServedWithTheirTypes() {
        HttpClientSupport.Reply page = http.get("/console", null);
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        assertEquals("text/javascript; charset=utf-8", http.get("/console/console.js", null).header("Content-Type"));
        assertEquals("text/css; charset=utf-8", http.get("/console/console.css", null).header("Content-Type"));
        for (String missing : List.of("/console/no-such-file.js", "/console/files.txt", "/console/index.htm",
                "/console/..%2Fapi%2Fv2%2Fconnections", "/console/a/b.js")) {
            assertEquals(404, http.get(missing, null).status(), missing);
        }
    }

    @Test
    void anUnchangedFileIsRevalidatedByItsEtag() {
        HttpClientSupport.Reply first = http.get("/console/console.js", null);
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), String.valueOf(etag));

        HttpClientSupport.Reply again = http.sendWithHeaders("GET", "/console/console.js", null, null,
                Map.of("If-None-Match", etag));
        assertEquals(304, again.status());
        assertEquals("", again.body());
    }

    @Test
    void thePageHasNoInlineScriptOrStyleAndNoOtherOrigin() {
        String html = http.get("/console", null).body();

        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE)
                .matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src=\"/console/"), "a script from the console: " + scripts.group());
            assertEquals("", scripts.group(2).strip(), "no inline script");
        }
        assertTrue(count > 0, "the page loads its script");
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no inline event handler");
        assertFalse(Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no inline style");
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (references.find()) {
            assertTrue(references.group(1).startsWith("/console/"), "only the console's own files: "
                    + references.group(1));
        }
    }

    @Test
    void theScriptsNeitherParseHtmlNorStoreAnything() throws IOException {
        // The console's scripts and the setup page's (whose address holds a ticket's secret).
        List<String> scripts = new ArrayList<>();
        for (String folder : List.of("console", "setup")) {
            try (InputStream manifest = ConsoleRoutes.class.getClassLoader()
                    .getResourceAsStream(folder + "/files.txt")) {
                new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(name -> name.endsWith(".js")).forEach(name -> scripts.add("/" + folder + "/" + name));
            }
        }
        assertTrue(scripts.size() > 2 && scripts.contains("/setup/setup.js"), scripts.toString());
        // Text-only rendering (SPEC §8): no HTML parsing sink, no code from strings, no storage the token could reach.
        Pattern forbidden = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\("
                + "|new Function|javascript:|localStorage|sessionStorage|document\\.cookie|indexedDB");
        for (String script : scripts) {
            HttpClientSupport.Reply reply = http.get(script, null);
            assertEquals(200, reply.status(), script);
            Matcher found = forbidden.matcher(reply.body());
            assertFalse(found.find(), () -> script + " uses " + found.group());
        }
    }
}
