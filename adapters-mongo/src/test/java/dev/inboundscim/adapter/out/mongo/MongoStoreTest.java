package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MongoStoreTest {

    @Test
    void failsFastWithAOneLineMessageWhenNoServerAnswers() {
        Instant start = Instant.now();

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> MongoStore.connect("mongodb://scim:hunter2@127.0.0.1:1/?authSource=admin", null));

        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "fails within seconds");
        assertTrue(failure.getMessage().startsWith("Cannot connect to MongoDB at 127.0.0.1:1/inbound_scim: "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("Connection refused"), failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"), "no password in the message");
        assertFalse(failure.getMessage().contains("\n"), "one line");
    }

    @Test
    void refusesAMalformedUriWithoutEchoingIt() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> MongoStore.connect("postgres://scim:hunter2@db/scim", "scim"));

        assertTrue(failure.getMessage().startsWith("MONGO_URI is not a valid MongoDB connection string"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"), "no password in the message");
        assertFalse(failure.getMessage().contains("\n"), "one line");
    }

    @Test
    void usesTheGivenDatabaseElseTheUrisElseTheDefault() {
        ConnectionString withDatabase = new ConnectionString("mongodb://db.example:27017/tenant?replicaSet=rs0");
        ConnectionString without = new ConnectionString("mongodb://db.example:27017/?replicaSet=rs0");

        assertEquals("chosen", MongoStore.databaseName(withDatabase, "chosen"));
        assertEquals("tenant", MongoStore.databaseName(withDatabase, null));
        assertEquals("tenant", MongoStore.databaseName(withDatabase, " "));
        assertEquals(MongoStore.DEFAULT_DATABASE, MongoStore.databaseName(without, null));
    }

    @Test
    void connectingToAnAlreadyPreparedDatabaseIsHarmless() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        TestMongo.store();

        try (MongoStore second = MongoStore.connect(mongo.uri(), mongo.database())) {
            assertNotNull(second.repositories().connections().findAll());
            assertTrue(second.description().endsWith("/" + mongo.database()), second.description());
        }
    }
}
