package dev.inboundscim.adapter.in.http.console;

import io.helidon.http.HeaderNames;
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
 * A browser page's files, read from a classpath folder at start: only those its {@code files.txt} names exist (a
 * fixed set, so no request path ever reaches the class loader), each served with headers that let a browser run
 * nothing but these files: a strict {@code Content-Security-Policy} with no inline script, no framing, no
 * third-party origin, no referrer (a setup page's URL holds its secret).
 */
public final class StaticAssets {

    /**
     * Scripts, styles, images and API calls from this origin only; no plugin, no base rewrite, no form posting
     * elsewhere, never inside a frame.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    static final String MANIFEST = "files.txt";

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    private StaticAssets() {
    }

    /** Every file the manifest of classpath folder {@code root} (such as {@code console/}) names. */
    public static StaticAssets load(String root) {
        StaticAssets loaded = new StaticAssets();
        ClassLoader loader = StaticAssets.class.getClassLoader();
        try (InputStream manifest = loader.getResourceAsStream(root + MANIFEST)) {
            if (manifest == null) {
                throw new IllegalStateException(root + MANIFEST + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(manifest, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    loaded.assets.put(name, Asset.load(loader, root, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files of " + root, e);
        }
        return loaded;
    }

    public boolean has(String name) {
        return name != null && assets.containsKey(name);
    }

    /** Answers with file {@code name}, revalidated by its ETag, or 404 when there is no such file. */
    public void send(ServerRequest request, ServerResponse response, String name) {
        secure(response);
        Asset asset = name == null ? null : assets.get(name);
        if (asset == null) {
            notFound(response);
            return;
        }
        response.header(HeaderNames.ETAG, asset.etag());
        // Revalidated on every visit so a new version shows at once (the names carry no version), cheaply by ETag.
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        if (request.headers().value(HeaderNames.IF_NONE_MATCH).map(asset.etag()::equals).orElse(false)) {
            response.status(304).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, asset.contentType());
        response.send(asset.bytes());
    }

    /** A plain 404 with the page headers. */
    public static void notFound(ServerResponse response) {
        secure(response);
        response.status(404).header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.send("Not found".getBytes(StandardCharsets.UTF_8));
    }

    /** The headers every answer of a page carries, found or not. */
    public static void secure(ServerResponse response) {
        response.header(HeaderNames.create("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
        response.header(HeaderNames.create("X-Frame-Options"), "DENY");
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
        response.header(HeaderNames.create("Cross-Origin-Opener-Policy"), "same-origin");
        response.header(HeaderNames.create("Permissions-Policy"), "camera=(), microphone=(), geolocation=()");
    }

    /** One file, held in memory. */
    private record Asset(byte[] bytes, String contentType, String etag) {

        static Asset load(ClassLoader loader, String root, String name) throws IOException {
            if (!name.matches("[a-z0-9][a-z0-9.-]*\\.(html|js|css|svg)")) {
                throw new IllegalStateException("the file name " + name + " in " + root + " is not a plain asset name");
            }
            try (InputStream in = loader.getResourceAsStream(root + name)) {
                if (in == null) {
                    throw new IllegalStateException(root + MANIFEST + " names " + name + ", which is missing");
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
