package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The command listener of {@link ShardKeyCommands} refuses what it must, and the per-connection collections' unique
 * indexes fit their shard keys ({@link ShardKeyCommands#SHARD_KEYS}): MongoDB keeps only unique indexes prefixed by
 * the whole shard key on a sharded collection (and _id's, unique per shard only).
 */
class ShardKeyCommandsTest {

    @Test
    void aFilterWithoutTheConnectionIsRefusedAndOneWithItPasses() {
        assertTrue(ShardKeyCommands.problem("find",
                BsonDocument.parse("{find: 'users', filter: {_id: 'u1'}}")).isPresent());
        assertTrue(ShardKeyCommands.problem("update",
                BsonDocument.parse("{update: 'groups', updates: [{q: {_id: 'g1'}, u: {$set: {a: 1}}}]}")).isPresent());
        assertTrue(ShardKeyCommands.problem("aggregate",
                BsonDocument.parse("{aggregate: 'group_members', pipeline: [{$match: {groupId: 'g'}}]}")).isPresent());
        assertTrue(ShardKeyCommands.problem("insert",
                BsonDocument.parse("{insert: 'group_members', documents: [{_id: 'm', groupId: 'g'}]}")).isPresent());
        assertTrue(ShardKeyCommands.problem("find", BsonDocument.parse(
                "{find: 'users', filter: {}, comment: 'all connections: because'}")).isPresent());
        assertTrue(ShardKeyCommands.problem("find", BsonDocument.parse(
                "{find: 'groups', filter: {_id: 'g', connectionId: {$exists: true}}}")).isPresent(),
                "$exists names no connection");

        assertEquals(Optional.empty(), ShardKeyCommands.problem("find",
                BsonDocument.parse("{find: 'users', filter: {_id: 'u1', connectionId: 'con_1'}}")));
        assertEquals(Optional.empty(), ShardKeyCommands.problem("delete", BsonDocument.parse(
                "{delete: 'group_members', deletes: [{q: {$and: [{connectionId: 'c'}, {userId: 'u'}]}, limit: 0}]}")));
        assertEquals(Optional.empty(), ShardKeyCommands.problem("find", BsonDocument.parse(
                "{find: 'users', filter: {}, comment: 'all connections: management api listing'}")));
    }

    @Test
    void everyCollectionIsClassifiedOnce() {
        TestMongo.store();
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        List<String> classified = java.util.stream.Stream.of(ShardKeyCommands.PER_CONNECTION,
                ShardKeyCommands.ID_DIRECTORIES, ShardKeyCommands.REFERENCE, ShardKeyCommands.PER_USER,
                ShardKeyCommands.TENANT_WIDE)
                .flatMap(List::stream).toList();
        assertEquals(classified.size(), new java.util.TreeSet<>(classified).size(), classified.toString());
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            List<String> unclassified = new ArrayList<>();
            client.getDatabase(mongo.database()).listCollectionNames().forEach(name -> {
                if (!classified.contains(name)) {
                    unclassified.add(name);
                }
            });
            assertEquals(List.of(), unclassified, "ShardKeyCommands and docs/scaling.md classify every collection");
        }
    }

    @Test
    void everyUniqueIndexOfAPerConnectionCollectionStartsWithItsShardKey() {
        TestMongo.store();
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        List<String> offending = new ArrayList<>();
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            MongoDatabase database = client.getDatabase(mongo.database());
            for (String collection : ShardKeyCommands.PER_CONNECTION) {
                for (Document index : database.getCollection(collection).listIndexes()) {
                    Document keys = index.get("key", Document.class);
                    boolean unique = Boolean.TRUE.equals(index.get("unique"));
                    List<String> shardKey = ShardKeyCommands.SHARD_KEYS.get(collection);
                    List<String> fields = List.copyOf(keys.keySet());
                    boolean prefixed = fields.size() >= shardKey.size()
                            && fields.subList(0, shardKey.size()).equals(shardKey);
                    if (unique && !"_id_".equals(index.getString("name")) && !prefixed) {
                        offending.add(collection + "." + index.getString("name") + " " + keys.toJson());
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}
