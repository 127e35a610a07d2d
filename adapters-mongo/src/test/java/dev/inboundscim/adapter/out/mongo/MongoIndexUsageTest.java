package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.query.FilterResolver;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indexes exist on every server, and on a real MongoDB {@code explain} shows that the lookups IdPs issue before
 * every create (userName, externalId, the user-id attribute) use them. mongo-java-server has no {@code explain}
 * command, so that half runs only against {@code SCIM_TEST_MONGO_URI} or a Testcontainers MongoDB.
 */
class MongoIndexUsageTest {

    private static final LogIds LOG_IDS = new LogIds();

    private final MongoStore store = TestMongo.store();
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void open() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        client = MongoClients.create(mongo.uri());
        database = client.getDatabase(mongo.database());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void createsEveryIndexTheQueriesUse() {
        assertTrue(indexNames(MongoSchema.USERS).containsAll(Set.of("users_user_name_unique",
                "users_user_id_attribute_unique", "users_connection_seq_idx", "users_seq_idx",
                "users_profile_wildcard", "users_profile_ci_wildcard", "users_outbox_idx", "users_tombstone_idx")),
                indexNames(MongoSchema.USERS).toString());
        assertTrue(indexNames(MongoSchema.CONNECTIONS).containsAll(Set.of("connections_name_key_unique",
                "connections_created_idx")));
        assertTrue(indexNames(MongoSchema.SCIM_TOKENS).containsAll(Set.of("scim_tokens_slot_unique",
                "scim_tokens_connection_idx")));
        assertTrue(indexNames(MongoSchema.LOGS).containsAll(Set.of("logs_connection_idx", "logs_type_idx")));
    }

    @Test
    void userNameExternalIdAndUserIdAttributeLookupsUseAnIndexOnRealMongoDb() {
        assumeFalse(TestMongo.coordinates().inProcess(), "mongo-java-server has no explain command: this runs "
                + "against SCIM_TEST_MONGO_URI or a Testcontainers MongoDB");
        Connection okta = connectionWithUsers(Strategy.OKTA);
        Connection samlp = connectionWithUsers(Strategy.SAMLP);

        Map<String, String> expectations = Map.of(
                "userName eq \"USER42@example.com\"|OKTA", "users_user_name_unique",
                "externalId eq \"ext-42\"|OKTA", "users_user_id_attribute_unique",
                "userName eq \"user42@example.com\"|SAMLP", "users_user_id_attribute_unique",
                "externalId eq \"ext-42\"|SAMLP", "users_profile_wildcard");
        expectations.forEach((lookup, index) -> {
            String[] parts = lookup.split("\\|");
            Connection connection = parts[1].equals("OKTA") ? okta : samlp;
            AttributeMapping mapping = DefaultMappings.forStrategy(connection.strategy());
            Bson filter = MongoUserRepository.searchFilter(connection.id(),
                    new FilterResolver(mapping).resolve(FilterParser.parse(parts[0])));

            Document plan = users().find(filter).sort(MongoUserRepository.ORDER).limit(100).explain()
                    .get("queryPlanner", Document.class).get("winningPlan", Document.class);

            List<String> stages = new ArrayList<>();
            Set<String> indexes = new TreeSet<>();
            walk(plan, stages, indexes);
            assertFalse(stages.contains("COLLSCAN"), lookup + ": " + plan.toJson());
            assertTrue(indexes.contains(index), lookup + " uses " + index + ": " + plan.toJson());
            assertEquals(1, store.repositories().users().search(connection.id(),
                    new FilterResolver(mapping).resolve(FilterParser.parse(parts[0])), null, 0, 10).total(), lookup);
        });
    }

    private Connection connectionWithUsers(Strategy strategy) {
        Instant now = Instant.ofEpochMilli(Instant.now().toEpochMilli());
        Connection connection = Connection.create(new ConnectionName(RandomIds.alphanumeric("explain-", 10)),
                strategy, null, now);
        store.repositories().connections().insert(connection);
        // Enough users that a scan of the connection is clearly worse than any index.
        for (int i = 0; i < 200; i++) {
            String userName = "user" + i + "@example.com";
            String externalId = "ext-" + i;
            ScimObject profile = ScimObject.builder()
                    .put(strategy == Strategy.SAMLP ? "username" : "preferred_username", userName)
                    .put("app_metadata", ScimObject.builder().put("external_id", externalId).build()).build();
            String key = strategy == Strategy.SAMLP ? userName : externalId;
            User user = new User(UserId.of(strategy, connection.name(), key), connection.id(), profile, List.of(),
                    UserKeys.of(userName, key), now, now, 1);
            store.repositories().users().insert(new UserWrite.Insert(user, List.of(),
                List.of(RoutedLogEntry.route(new LogEntry(LOG_IDS.next(now), LogType.SSCIM, now,
                    connection.id().value(), "Create", null, null, user.id().value(), ScimObject.EMPTY), List.of()))));
        }
        return connection;
    }

    private static void walk(Object node, List<String> stages, Set<String> indexes) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            if (document.get("indexName") instanceof String index) {
                indexes.add(index);
            }
            document.values().forEach(value -> walk(value, stages, indexes));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> walk(value, stages, indexes));
        }
    }

    private MongoCollection<Document> users() {
        return database.getCollection(MongoSchema.USERS);
    }

    private Set<String> indexNames(String collection) {
        Set<String> names = new TreeSet<>();
        database.getCollection(collection).listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }
}
