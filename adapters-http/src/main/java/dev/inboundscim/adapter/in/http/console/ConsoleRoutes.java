package dev.inboundscim.adapter.in.http.console;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * {@code /console} (SPEC §8): the identity admin's console, static files from the classpath folder
 * {@value #ROOT} served by the server itself ({@link StaticAssets}: only the files its manifest names, each with the
 * strict policy). Everything the pages show comes from the Management API, which the page calls with the admin
 * token it keeps in memory.
 */
public final class ConsoleRoutes implements HttpService {

    static final String ROOT = "console/";
    static final String INDEX = "index.html";
    /** The policy every console answer carries. */
    public static final String CONTENT_SECURITY_POLICY = StaticAssets.CONTENT_SECURITY_POLICY;

    private final StaticAssets assets = StaticAssets.load(ROOT);

    public ConsoleRoutes() {
        if (!assets.has(INDEX)) {
            throw new IllegalStateException(ROOT + StaticAssets.MANIFEST + " does not name " + INDEX);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> assets.send(req, res, INDEX))
                .get("/{file}", (req, res) -> assets.send(req, res, req.path().pathParameters().get("file")))
                // Anything else under /console (deeper paths, other methods) is not a file of the console.
                .any((req, res) -> StaticAssets.notFound(res));
    }
}
