package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7.5: the Linux distribution {@code ./mvnw package} builds, unpacked into a temporary folder and started from
 * {@code bin/inbound-scim-server} with {@code PATH} and {@code JAVA_HOME} empty: it runs on its own Java runtime,
 * serves a SCIM create on the embedded default store, and stops on SIGTERM.
 */
class DistributionIT {

    @TempDir
    Path dir;

    @Test
    void theUnpackedDistributionRunsOnItsOwnRuntime() throws Exception {
        String version = System.getProperty("build.version");
        Path tarball = Path.of(System.getProperty("server.jar"))
                .resolveSibling("inbound-scim-server-" + version + "-linux-x64.tar.gz");
        assertTrue(Files.isRegularFile(tarball), "built by the package phase: " + tarball);
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", dir.toString())
                .redirectErrorStream(true).start();
        String untarred = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tar.waitFor(120, TimeUnit.SECONDS) && tar.exitValue() == 0, untarred);
        Path home = dir.resolve("inbound-scim-server-" + version);
        Path launcher = home.resolve("bin/inbound-scim-server");
        assertTrue(Files.isExecutable(launcher), "the launcher is executable");
        Path work = Files.createDirectories(dir.resolve("work"));

        try (ServerProcess server = ServerProcess.startedFromLauncher(launcher, work, Map.of("PATH", "",
                "JAVA_HOME", "", "PORT", "0", "ADMIN_TOKEN", "dist-admin-token", "DATA_DIR",
                work.resolve("data").toString(), "RATE_LIMIT_PER_CONNECTION", "0"))) {
            Path java = Files.readSymbolicLink(Path.of("/proc", Long.toString(server.pid()), "exe"));
            assertEquals(home.resolve("runtime/bin/java").toRealPath(), java.toRealPath(),
                    "the server runs on the runtime shipped with it");
            HttpClientSupport http = new HttpClientSupport(server.port());
            ScimEndpoint scim = ScimEndpoint.create(http, "dist-admin-token", "okta", "post:users get:users");
            Reply created = http.post(scim.path() + "/Users", scim.token(),
                    ScimTestSupport.oktaUser("dist@example.com", "dist", "Dist", true));
            assertEquals(201, created.status(), created.body());
            assertEquals("embedded-postgres", http.get("/observe/info", null).json().path("store").asText());

            server.terminate();
            assertEquals(143, server.awaitExit(Duration.ofSeconds(60)), server.output());
            assertTrue(server.output().contains("Shutdown ended"), server.output());
        }
    }
}
