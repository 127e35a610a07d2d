package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.contract.ContractSupport;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsFence;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settings fence on MongoDB (the stand-in or a real one) with two nodes, each a store with its own clients,
 * poll and registry document: a settings write through one answers only once the other serves it from memory, a
 * lone node does not wait, and a node that stopped polling (as one killed right after a poll leaves its document)
 * holds a writer at most the bound, and not at all once it is gone for longer than the fence's alive period.
 */
class MongoSettingsFenceTest extends ContractSupport {

    private static final Duration BOUND = SettingsFence.DEFAULT.bound();

    private final MongoStore here = TestMongo.store();
    private MongoStore there;

    @Override
    protected Repositories repositories() {
        return here.repositories();
    }

    @AfterEach
    void stopTheOtherNode() {
        if (there != null) {
            there.close();
        }
    }

    @Test
    void theNextReadThroughTheOtherNodeSeesEverySettingsWrite() throws InterruptedException {
        there = TestMongo.node();
        await("both nodes observe", () -> here.settingsChanges().live() && there.settingsChanges().live());
        ConnectionId id = configuredConnection();
        ObservedCache<ConnectionId, Integer> theirs = new ObservedCache<>(there.settingsChanges(),
                key -> there.repositories().scimConfigurations().findByConnection(key).orElseThrow().deletion()
                        .restoreWindowDays());
        for (int days = 1; days <= 30; days++) {
            theirs.get(id);
            ScimConfiguration current = here.repositories().scimConfigurations().findByConnection(id).orElseThrow();
            here.repositories().scimConfigurations().update(current.withDeletion(
                    new DeletionPolicy(DeletionPolicy.Mode.SOFT, days), now()));

            assertEquals(days, theirs.get(id), "the other node's memory right after the write answered");
        }
    }

    @Test
    void aLoneNodeDoesNotWait() throws InterruptedException {
        await("observing", () -> here.settingsChanges().live());
        ConnectionId id = configuredConnection();
        ScimConfiguration current = repositories().scimConfigurations().findByConnection(id).orElseThrow();

        long started = System.nanoTime();
        repositories().scimConfigurations().update(current.withDeletion(DeletionPolicy.HARD, now()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(took.compareTo(BOUND.dividedBy(4)) < 0, "a write with no other node took " + took);
    }

    @Test
    void aNodeThatStoppedPollingHoldsAWriteAtMostTheBound() throws InterruptedException {
        await("observing", () -> here.settingsChanges().live());
        ConnectionId id = configuredConnection();
        try (MongoClient client = MongoClients.create(TestMongo.coordinates().uri())) {
            MongoCollection<Document> observers = client.getDatabase(TestMongo.coordinates().database())
                    .getCollection(MongoSettingsChanges.OBSERVERS);
            // What a node killed right after a poll leaves: a fresh document that will never acknowledge again.
            observers.updateOne(Filters.eq("_id", "killed-node"), Updates.combine(Updates.set("observedVersion", 0L),
                    Updates.currentDate("seenAt")), new UpdateOptions().upsert(true));
            try {
                Duration first = timedWrite(id, 3);
                assertTrue(first.compareTo(BOUND.minusMillis(100)) > 0, "waited for the silent node: " + first);
                assertTrue(first.compareTo(BOUND.plusMillis(500)) < 0, "but not beyond the bound: " + first);

                Thread.sleep(SettingsFence.DEFAULT.alive().toMillis());
                Duration later = timedWrite(id, 4);
                assertTrue(later.compareTo(BOUND.dividedBy(4)) < 0, "a node gone for longer is ignored: " + later);
            } finally {
                observers.deleteOne(Filters.eq("_id", "killed-node"));
            }
        }
    }

    private Duration timedWrite(ConnectionId id, int days) {
        ScimConfiguration current = repositories().scimConfigurations().findByConnection(id).orElseThrow();
        long started = System.nanoTime();
        repositories().scimConfigurations().update(current.withDeletion(
                new DeletionPolicy(DeletionPolicy.Mode.SOFT, days), now()));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private ConnectionId configuredConnection() {
        Connection connection = newConnection();
        Instant now = now();
        repositories().scimConfigurations().insert(new ScimConfiguration(connection.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, now, now));
        return connection.id();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting for " + what);
            Thread.sleep(10);
        }
    }
}
