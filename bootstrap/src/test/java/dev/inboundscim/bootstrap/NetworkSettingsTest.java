package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7.4 on a running server: forwarding headers believed only from {@code TRUSTED_PROXIES}, and an HTTPS listener
 * from PEM files (a certificate generated for the test with the JDK's keytool).
 */
class NetworkSettingsTest {

    private static final String FORWARDED_FOR = "203.0.113.7";

    @TempDir
    Path dir;

    @Test
    void forwardingHeadersAreBelievedOnlyFromTrustedProxies() throws InterruptedException {
        try (TestServer trusting = TestServer.start(TestServer.postgres(), Map.of("TRUSTED_PROXIES",
                "10.0.0.0/8, 127.0.0.1/32, ::1/128"));
             TestServer distrusting = TestServer.start(TestServer.postgres(), Map.of())) {
            // The nearest hop (127.0.0.1, the test) is trusted; the next one in the chain is the client.
            Proxied trusted = createdThroughProxy(trusting, "X-Forwarded-For", "198.51.100.1, " + FORWARDED_FOR);
            assertTrue(trusted.location().startsWith("https://scim.example.com/scim/v2/"), trusted.toString());
            assertEquals(FORWARDED_FOR, trusted.ip());

            Proxied forwarded = createdThroughProxy(trusting, "Forwarded", "for=\"" + FORWARDED_FOR
                    + ":4711\";proto=https;host=scim.example.com");
            assertEquals(FORWARDED_FOR, forwarded.ip());
            assertTrue(forwarded.location().startsWith("https://scim.example.com/scim/v2/"), forwarded.toString());

            Proxied ignored = createdThroughProxy(distrusting, "X-Forwarded-For", FORWARDED_FOR);
            assertTrue(ignored.location().startsWith("http://localhost:" + distrusting.port()), ignored.toString());
            assertTrue(java.util.Set.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(ignored.ip()),
                    "an untrusted peer's headers are ignored: " + ignored);
        }
    }

    @Test
    void badProxySettingsStopTheStartWithTheirName() {
        for (String value : java.util.List.of("10.0.0.0/33", "example.com", "10.0.0.1/x")) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> ServerSettings.load(io.helidon.config.Config.empty(), Map.of("TRUSTED_PROXIES", value)::get));
            assertTrue(failure.getMessage().startsWith("TRUSTED_PROXIES"), failure.getMessage());
        }
    }

    @Test
    void pemFilesMakeTheListenerHttps() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String printed = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, printed);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        Certificate certificate = store.getCertificate("server");
        Path cert = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        Path key = Files.writeString(dir.resolve("key.pem"), pem("PRIVATE KEY",
                store.getKey("server", "changeit".toCharArray()).getEncoded()));

        try (TestServer server = TestServer.start(TestServer.postgres(), Map.of("TLS_CERT_FILE", cert.toString(),
                "TLS_KEY_FILE", key.toString()))) {
            HttpClientSupport https = new HttpClientSupport(server.port(), trusting(certificate));
            assertEquals(200, https.get("/observe/health", null).status());
            ScimEndpoint endpoint = ScimEndpoint.create(https, "okta", "post:users");
            Reply created = https.post(endpoint.path() + "/Users", endpoint.token(),
                    ScimTestSupport.oktaUser("tls@example.com", "tls", "T", true));
            assertEquals(201, created.status(), created.body());
            assertTrue(created.header("Location").startsWith("https://localhost:" + server.port()), created.header(
                    "Location"));
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + server.port() + "/observe/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()), "plain HTTP is not served");
        }
    }

    /** Where a create sent through a proxy was said to be, and the address its log entry names. */
    private record Proxied(String location, String ip) {
    }

    /** Creates a user through {@code server} as a proxy would send it. */
    private static Proxied createdThroughProxy(TestServer server, String header, String value)
            throws InterruptedException {
        HttpClientSupport http = server.client();
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", "post:users");
        HttpClientSupport.Reply created = http.sendWithHeaders("POST", endpoint.path() + "/Users", endpoint.token(),
                ScimTestSupport.oktaUser("proxied@example.com", "proxied", "P", true),
                Map.of(header, value, "X-Forwarded-Proto", "https", "X-Forwarded-Host", "scim.example.com"));
        assertEquals(201, created.status(), created.body());
        for (int i = 0; i < 100; i++) {
            JsonNode entries = http.get("/api/v2/logs?type=sscim&connection_id=" + endpoint.connectionId(),
                    TestServer.ADMIN_TOKEN).json();
            if (!entries.isEmpty()) {
                return new Proxied(created.header("Location"), entries.get(0).path("ip").asText());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log entry for the create");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static SSLContext trusting(Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
