package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.helidon.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zero-setup default exactly as {@code main} builds it: {@code STORE} unset means an embedded PostgreSQL under
 * {@code DATA_DIR}, and what was stored is still there after a restart.
 */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path dataDir;

    private ServerSettings settings(Map<String, String> env) {
        return ServerSettings.load(Config.empty(), env::get);
    }

    @Test
    void keepsDataAcrossRestartsAndGeneratesTheAdminTokenOnlyOnce() {
        ServerSettings settings = settings(Map.of("PORT", "0", "DATA_DIR", dataDir.toString(),
                "ADMIN_TOKEN", "restart-admin"));
        String connectionId;
        try (InboundScimServer first = InboundScimServer.start(settings, PersistenceFactory.open(settings))) {
            Reply created = new HttpClientSupport(first.port()).post("/api/v2/connections", "restart-admin",
                    "{\"name\":\"survivor\",\"strategy\":\"okta\"}");
            assertEquals(201, created.status(), created.body());
            connectionId = created.json().path("id").asText();
        }
        assertTrue(Files.isDirectory(dataDir.resolve("postgres")), "data lives under DATA_DIR");
        try (InboundScimServer second = InboundScimServer.start(settings, PersistenceFactory.open(settings))) {
            Reply read = new HttpClientSupport(second.port()).get("/api/v2/connections/" + connectionId,
                    "restart-admin");
            assertEquals(200, read.status(), read.body());
            assertEquals("survivor", read.json().path("name").asText());
        }
    }

    @Test
    void refusesUnknownStoresAtStartWithAClearMessage() {
        StartupException error = assertThrows(StartupException.class,
                () -> PersistenceFactory.open(settings(Map.of("STORE", "cassandra"))));
        assertTrue(error.getMessage().contains("cassandra"), error.getMessage());
        assertThrows(StartupException.class, () -> PersistenceFactory.open(settings(Map.of("STORE", "postgres"))),
                "STORE=postgres needs POSTGRES_URL");
    }

    @Test
    void readsEverySettingFromTheEnvironment() {
        ServerSettings settings = settings(Map.of("PORT", "9090", "PUBLIC_BASE_URL", "https://scim.example.com",
                "TENANT_NAME", "acme", "POSTGRES_URL", "jdbc:postgresql://db/scim", "SCIM_MAX_RESULTS", "50"));
        assertEquals(9090, settings.port());
        assertEquals("https://scim.example.com", settings.publicBaseUrl().orElseThrow());
        assertEquals("acme", settings.tenantName());
        assertEquals("jdbc:postgresql://db/scim", settings.postgresUrl().orElseThrow());
        assertEquals(50, settings.maxResults());
        assertEquals(Path.of("./data"), settings(Map.of()).dataDir());
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("PORT", "eighty")));
    }
}
