package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.contract.SettingsFenceContract;
import dev.inboundscim.application.port.out.SettingsFence;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.domain.connection.ConnectionId;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The settings fence on MongoDB, the stand-in or a real one ({@link SettingsFenceContract}), and a node that stopped
 * polling (as one killed right after a poll leaves its document): it holds a writer at most the bound, and not at all
 * once it is gone for longer than the fence's alive period.
 */
class MongoSettingsFenceTest extends SettingsFenceContract {

    @Override
    protected Store here() {
        return TestMongo.store();
    }

    @Override
    protected Store anotherNode() {
        return TestMongo.node();
    }

    @Override
    protected int consecutiveWrites() {
        return 30;
    }

    @Test
    void aNodeThatStoppedPollingHoldsAWriteAtMostTheBound() throws InterruptedException {
        await("observing", () -> here().settingsChanges().live());
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
}
