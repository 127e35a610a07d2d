package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.adapter.out.mongo.TestMongo;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code STORE=mongo} exactly as {@code main} builds it: served from MONGO_URI, or refused at once, in one line. */
class MongoStartupTest {

    @TempDir
    Path dataDir;

    private ServerSettings settings(Map<String, String> env) {
        return ServerSettings.load(Config.empty(), env::get);
    }

    @Test
    void needsAMongoUri() {
        StartupException error = assertThrows(StartupException.class,
                () -> PersistenceFactory.open(settings(Map.of("STORE", "mongo"))));

        assertTrue(error.getMessage().contains("MONGO_URI"), error.getMessage());
    }

    @Test
    void failsWithinSecondsInOneLineWhenNoServerAnswers() {
        Instant start = Instant.now();

        StartupException error = assertThrows(StartupException.class, () -> PersistenceFactory.open(settings(
                Map.of("STORE", "mongo", "MONGO_URI", "mongodb://scim:hunter2@127.0.0.1:1/scim"))));

        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "fails within seconds");
        assertTrue(error.getMessage().startsWith("Cannot connect to MongoDB at 127.0.0.1:1/scim"), error.getMessage());
        assertFalse(error.getMessage().contains("hunter2"), "no password in the message");
        assertFalse(error.getMessage().contains("\n"), "one line");
    }

    @Test
    void refusesAMalformedUri() {
        StartupException error = assertThrows(StartupException.class, () -> PersistenceFactory.open(settings(
                Map.of("STORE", "mongo", "MONGO_URI", "localhost:27017"))));

        assertTrue(error.getMessage().contains("MONGO_URI"), error.getMessage());
    }

    @Test
    void servesFromTheMongoUriAndDatabaseInTheEnvironment() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        ServerSettings settings = settings(Map.of("STORE", "mongo", "MONGO_URI", mongo.uri(),
                "MONGO_DATABASE", mongo.database(), "PORT", "0", "ADMIN_TOKEN", "mongo-admin",
                "DATA_DIR", dataDir.toString()));

        try (InboundScimServer server = InboundScimServer.start(settings, PersistenceFactory.open(settings))) {
            HttpClientSupport http = new HttpClientSupport(server.port());
            Reply created = http.post("/api/v2/connections", "mongo-admin",
                    "{\"name\":\"" + "mongo-start-" + Instant.now().toEpochMilli() + "\",\"strategy\":\"okta\"}");
            assertEquals(201, created.status(), created.body());
            String id = created.json().path("id").asText();
            assertEquals(200, http.get("/api/v2/connections/" + id, "mongo-admin").status());
        }
    }
}
