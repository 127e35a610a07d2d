package dev.inboundscim.bootstrap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.inboundscim.adapter.out.mongo.TestMongo;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** {@link SecretCanarySuite} over MongoDB: every document of every collection, as JSON. */
class MongoSecretCanaryTest extends SecretCanarySuite {

    @Override
    Persistence persistence() {
        return TestServer.mongo();
    }

    @Override
    List<String> everythingStored() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        List<String> documents = new ArrayList<>();
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            MongoDatabase database = client.getDatabase(mongo.database());
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    documents.add(collection + ": " + document.toJson());
                }
            }
        }
        return documents;
    }
}
