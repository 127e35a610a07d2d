package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run of the foundation issue on the packaged artifact: {@code java -jar} with no settings but a free
 * port and a data directory, the printed admin token, the Okta essentials, then a restart that keeps the data and
 * prints no new token.
 */
class JarLaunchIT {

    private static final Pattern PORT = Pattern.compile("listening on port (\\d+)");
    private static final Pattern ADMIN_TOKEN = Pattern.compile("(adm_[0-9a-f]{64})");

    @TempDir
    Path workDir;

    @Test
    void runsFromTheJarAndKeepsDataAcrossARestart() throws Exception {
        String admin;
        String connectionId;
        String scimToken;
        try (Launched first = launch()) {
            admin = first.adminToken().orElseThrow(() -> new AssertionError("no admin token printed:\n" + first.output()));
            HttpClientSupport http = new HttpClientSupport(first.port());
            ScimEndpoint scim = ScimEndpoint.create(http, admin, "okta",
                    "get:users post:users put:users delete:users");
            connectionId = scim.connectionId();
            scimToken = scim.token();
            Reply created = http.post(scim.path() + "/Users", scimToken,
                    ScimTestSupport.oktaUser("jar@example.com", "jar1", "Jar", true));
            assertEquals(201, created.status(), created.body());
            assertEquals(200, http.get("/observe/health", null).status());
        }
        try (Launched second = launch()) {
            assertTrue(second.adminToken().isEmpty(), "the admin token is printed only at the first start");
            HttpClientSupport http = new HttpClientSupport(second.port());
            Reply found = http.get("/scim/v2/connections/" + connectionId + "/Users?filter="
                    + ScimTestSupport.encode("userName eq \"JAR@example.com\""), scimToken);
            assertEquals(200, found.status(), found.body());
            assertEquals(1, found.json().path("totalResults").asInt(), found.body());
            assertEquals(200, http.get("/api/v2/connections/" + connectionId, admin).status());
            assertFalse(second.output().contains(scimToken), "the SCIM token never reaches the log");
        }
        assertTrue(Files.isDirectory(workDir.resolve("data/postgres")), "the default DATA_DIR is ./data");
    }

    private Launched launch() throws IOException, InterruptedException {
        String javaHome = System.getProperty("java.home");
        ProcessBuilder builder = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", System.getProperty("server.jar"))
                .directory(workDir.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.equals("STORE") || k.equals("ADMIN_TOKEN")
                || k.equals("DATA_DIR") || k.equals("PORT"));
        builder.environment().put("PORT", "0");
        return new Launched(builder.start());
    }

    /** A server process and everything it printed so far. */
    private static final class Launched implements AutoCloseable {
        private final Process process;
        private final List<String> lines = new ArrayList<>();
        private final CompletableFuture<Integer> port = new CompletableFuture<>();

        Launched(Process process) throws InterruptedException {
            this.process = process;
            Thread reader = new Thread(this::read, "server-output");
            reader.setDaemon(true);
            reader.start();
            try {
                port.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new AssertionError("the server did not start within 60 s:\n" + output(), e);
            }
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher matcher = PORT.matcher(line);
                    if (matcher.find()) {
                        port.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the server exited"));
        }

        int port() {
            return port.join();
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        Optional<String> adminToken() {
            Matcher matcher = ADMIN_TOKEN.matcher(output());
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            if (!process.waitFor(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
