package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.connection.RateLimit;
import io.helidon.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** The settings of SPEC §7.1–§7.4: their defaults, their environment variables, and one line for a bad value. */
class ServerSettingsTest {

    private static ServerSettings load(Map<String, String> env) {
        return ServerSettings.load(Config.empty(), env::get);
    }

    @Test
    void theDefaultsAreTheSpecs() {
        ServerSettings settings = load(Map.of());
        ReliabilitySettings reliability = settings.reliability();
        assertEquals(RateLimit.of(100, 200), reliability.rateLimits().perConnection());
        assertEquals(RateLimit.OFF, reliability.rateLimits().total());
        assertEquals(512, reliability.maxConcurrentRequests());
        assertEquals(Duration.ofMillis(2000), reliability.storeTimeout());
        assertEquals(Duration.ofSeconds(20), reliability.shutdownGrace());
        assertEquals(8, settings.postgresPoolSize());
        assertEquals(16, settings.mongoPoolSize());
        assertEquals(1024 * 1024, settings.maxBodyBytes());
    }

    @Test
    void everyLimitHasItsEnvironmentVariable() {
        ReliabilitySettings reliability = load(Map.of("RATE_LIMIT_PER_CONNECTION", "7.5", "RATE_LIMIT_BURST", "9",
                "RATE_LIMIT_TOTAL", "50", "MAX_CONCURRENT_REQUESTS", "64", "MAX_CONNECTIONS", "100",
                "REQUEST_HEAD_TIMEOUT_MS", "1500", "IDLE_CONNECTION_TIMEOUT_SECONDS", "30", "STORE_TIMEOUT_MS", "750",
                "WRITE_RETRY_DEADLINE_MS", "900", "SHUTDOWN_GRACE_SECONDS", "0")).reliability();
        assertEquals(new RateLimit(7.5, 9), reliability.rateLimits().perConnection());
        assertEquals(new RateLimit(50, 100), reliability.rateLimits().total());
        assertEquals(64, reliability.maxConcurrentRequests());
        assertEquals(100, reliability.maxConnections());
        assertEquals(Duration.ofMillis(1500), reliability.requestHeadTimeout());
        assertEquals(Duration.ofSeconds(30), reliability.idleConnectionTimeout());
        assertEquals(Duration.ofMillis(750), reliability.storeTimeout());
        assertEquals(Duration.ofMillis(900), reliability.writeRetryDeadline());
        assertEquals(Duration.ZERO, reliability.shutdownGrace());
        assertEquals(RateLimit.OFF, load(Map.of("RATE_LIMIT_PER_CONNECTION", "0")).reliability().rateLimits()
                .perConnection());
        assertEquals(2048, load(Map.of("MAX_BODY_BYTES", "2048")).maxBodyBytes());
    }

    @Test
    void aBadValueStopsTheStartWithItsName() {
        for (Map<String, String> env : List.of(Map.of("STORE_TIMEOUT_MS", "soon"),
                Map.of("MAX_CONCURRENT_REQUESTS", "0"), Map.of("RATE_LIMIT_PER_CONNECTION", "-1"),
                Map.of("RATE_LIMIT_BURST", "0"), Map.of("SHUTDOWN_GRACE_SECONDS", "-5"))) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> load(env));
            String variable = env.keySet().iterator().next();
            assertTrue(failure.getMessage().contains(variable) || failure.getMessage().contains("SHUTDOWN_GRACE"),
                    failure.getMessage());
        }
    }

    @Test
    void theObservabilitySettingsHaveTheirVariables() {
        ServerSettings defaults = load(Map.of());
        assertEquals(LoggingSettings.DEFAULTS, defaults.logging());
        assertEquals(30, defaults.logRetention().days());
        ServerSettings set = load(Map.of("LOG_FORMAT", "JSON", "LOG_LEVEL", "warn", "ACCESS_LOG", "true",
                "LOG_RETENTION_DAYS", "0", "LOG_RETENTION_INTERVAL_SECONDS", "60", "LOG_RETENTION_BATCH_SIZE", "10",
                "METRICS_MAX_CONNECTIONS", "5", "METRICS_REFRESH_MILLIS", "250"));
        assertEquals(new LoggingSettings(LogFormat.JSON, Level.WARNING, true), set.logging());
        assertEquals(0, set.logRetention().days());
        assertEquals(Duration.ofSeconds(60), set.logRetention().interval());
        assertEquals(10, set.logRetention().batchSize());
        assertEquals(new MetricsSettings(5, Duration.ofMillis(250)), set.metrics());
        for (Map<String, String> env : List.of(Map.of("LOG_FORMAT", "xml"), Map.of("LOG_LEVEL", "loud"),
                Map.of("ACCESS_LOG", "yes"), Map.of("LOG_RETENTION_DAYS", "-1"))) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> load(env));
            assertTrue(failure.getMessage().contains(env.keySet().iterator().next()), failure.getMessage());
        }
    }

    @Test
    void mongosSettingsPollIsFromOneToFiveHundredMillis() {
        assertEquals(Duration.ofMillis(250), load(Map.of()).mongoSettingsPoll());
        assertEquals(Duration.ofMillis(50), load(Map.of("MONGO_SETTINGS_POLL_MILLIS", "50")).mongoSettingsPoll());
        for (String millis : List.of("0", "501", "often")) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> load(Map.of("MONGO_SETTINGS_POLL_MILLIS", millis)));
            assertTrue(failure.getMessage().contains("MONGO_SETTINGS_POLL_MILLIS"), failure.getMessage());
        }
    }

    @Test
    void accessTokensLiveFromOneToSixHours() {
        assertEquals(Duration.ofHours(1), load(Map.of()).oauthAccessTokenLifetime());
        assertEquals(Duration.ofHours(6), load(Map.of("OAUTH_ACCESS_TOKEN_SECONDS", "21600"))
                .oauthAccessTokenLifetime());
        for (String seconds : List.of("3599", "21601", "hour")) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> load(Map.of("OAUTH_ACCESS_TOKEN_SECONDS", seconds)));
            assertTrue(failure.getMessage().contains("OAUTH_ACCESS_TOKEN_SECONDS"), failure.getMessage());
        }
    }

    /** SPEC §7.4: docs/configuration.md lists every setting; reading one it does not list fails here. */
    @Test
    void everySettingTheServerReadsIsDocumented() throws IOException {
        Set<String> read = new TreeSet<>();
        ServerSettings.load(Config.empty(), variable -> {
            read.add(variable);
            return null;
        });
        String documented = Files.readString(Path.of("..", "docs", "configuration.md"));
        assertTrue(read.size() > 30, "the settings read: " + read);
        List<String> missing = read.stream().filter(variable -> !documented.contains("`" + variable + "`")).toList();
        assertEquals(List.of(), missing, "settings read but not in docs/configuration.md");
    }
}
