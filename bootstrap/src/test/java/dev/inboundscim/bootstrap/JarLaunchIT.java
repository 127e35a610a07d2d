package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        try (ServerProcess second = ServerProcess.started(workDir, Map.of())) {
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
}
