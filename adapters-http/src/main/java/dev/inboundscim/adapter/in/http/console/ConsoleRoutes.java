package dev.inboundscim.adapter.in.http.console;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /console} (SPEC §8): the identity admin's console, static files from the classpath served by the server
 * itself. Only the files {@value #MANIFEST} names exist (a fixed set read at start, so no request path ever reaches
 * the class loader), each with headers that let a browser run nothing but these files: a strict
 * {@code Content-Security-Policy} with no inline script, no framing, no third-party origin.
 */
public final class ConsoleRoutes implements HttpService {

    static final String ROOT = "console/";
    static final String MANIFEST = ROOT + "files.txt";
    static final String INDEX = "index.html";
    /**
     * Scripts, styles, images and API calls from this origin only; no plugin, no base rewrite, no form posting
     * elsewhere, never inside a frame.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    /** Reads every file of the console's manifest from the classpath. */
    public ConsoleRoutes() {
        ClassLoader loader = ConsoleRoutes.class.getClassLoader();
        try (InputStream manifest = loader.getResourceAsStream(MANIFEST)) {
            if (manifest == null) {
                throw new IllegalStateException(MANIFEST + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(manifest, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    assets.put(name, Asset.load(loader, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console's files", e);
        }
        if (!assets.containsKey(INDEX)) {
            throw new IllegalStateException(MANIFEST + " does not name " + INDEX);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> send(req, res, INDEX))
                .get("/{file}", (req, res) -> send(req, res, req.path().pathParameters().get("file")))
                // Anything else under /console (deeper paths, other methods) is not a file of the console.
                .any((req, res) -> send(req, res, null));
    }

    private void send(ServerRequest request, ServerResponse response, String name) {
        secure(response);
        Asset asset = name == null ? null : assets.get(name);
        if (asset == null) {
            response.status(404).header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.send("Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.header(HeaderNames.ETAG, asset.etag());
        // The page itself is revalidated on every visit so a new version shows at once; its files are revalidated
        // too (they carry no version in their names), cheaply by ETag.
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        if (request.headers().value(HeaderNames.IF_NONE_MATCH).map(asset.etag()::equals).orElse(false)) {
            response.status(304).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, asset.contentType());
        response.send(asset.bytes());
    }

    /** The headers every console answer carries, found or not. */
    private static void secure(ServerResponse response) {
        response.header(HeaderNames.create("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
        response.header(HeaderNames.create("X-Frame-Options"), "DENY");
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
        response.header(HeaderNames.create("Cross-Origin-Opener-Policy"), "same-origin");
        response.header(HeaderNames.create("Permissions-Policy"), "camera=(), microphone=(), geolocation=()");
    }

    /** One file of the console, held in memory. */
    private record Asset(byte[] bytes, String contentType, String etag) {

        static Asset load(ClassLoader loader, String name) throws IOException {
            if (!name.matches("[a-z0-9][a-z0-9.-]*\\.(html|js|css|svg)")) {
                throw new IllegalStateException("the console's file name " + name + " is not a plain asset name");
            }
            try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException(MANIFEST + " names " + name + ", which is missing");
                }
                byte[] bytes = in.readAllBytes();
                return new Asset(bytes, contentType(name), "\"" + sha256(bytes) + "\"");
            }
        }

        private static String contentType(String name) {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return switch (extension) {
                case "html" -> "text/html; charset=utf-8";
                case "js" -> "text/javascript; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                default -> "image/svg+xml";
            };
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }
}
