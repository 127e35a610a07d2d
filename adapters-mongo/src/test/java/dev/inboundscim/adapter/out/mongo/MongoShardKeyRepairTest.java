package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import dev.inboundscim.domain.user.UserQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Users and groups an earlier version stored (issue 20) work after a start of this one: every id gets its directory
 * entry, so a caller that knows only the id finds it; soft-deleted users and tombstones, which kept their connection
 * under {@code softDeleted} or in {@code deletedFrom}, get it at the top and leave the creation order
 * (docs/scaling.md).
 */
class MongoShardKeyRepairTest {

    private static final String CONNECTION = "con_LegacyIdsLegacy1";
    private static final String OTHER = "con_LegacyIdsLegacy2";

    @Test
    void usersAndGroupsOfTheEarlierShapeAreFoundByIdAndKeepTheirConnectionAtStart() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        String database = RandomIds.alphanumeric("scim_test_", 10);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Date created = Date.from(now.minus(1, ChronoUnit.DAYS));
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            MongoDatabase db = client.getDatabase(database);
            for (String connection : List.of(CONNECTION, OTHER)) {
                db.getCollection(MongoSchema.CONNECTIONS).insertOne(new Document("_id", connection)
                        .append("name", connection).append("nameKey", connection.toLowerCase())
                        .append("strategy", "okta").append("createdAt", created).append("updatedAt", created));
            }
            db.getCollection(MongoSchema.USERS).insertOne(legacyUser("okta|legacy|live", 1)
                    .append("connectionId", CONNECTION));
            db.getCollection(MongoSchema.USERS).insertOne(legacyUser("okta|legacy|kept", 2)
                    .append("userNameKey", new Document("none", "okta|legacy|kept"))
                    .append("userIdAttributeKey", new Document("none", "okta|legacy|kept"))
                    .append("softDeleted", new Document("connectionId", CONNECTION).append("userNameKey", "kept")
                            .append("userIdAttributeKey", "kept").append("deletedAt", created)
                            .append("restoreUntil", Date.from(now.plus(30, ChronoUnit.DAYS)))));
            db.getCollection(MongoSchema.USERS).insertOne(new Document("_id", "okta|legacy|gone")
                    .append("deletedFrom", CONNECTION).append("seq", 3L).append("version", 2L)
                    .append("userNameKey", new Document("none", "okta|legacy|gone"))
                    .append("userIdAttributeKey", new Document("none", "okta|legacy|gone"))
                    .append("pendingLogs", List.of()));
            db.getCollection(MongoSchema.GROUPS).insertOne(new Document("_id", "grp_LegacyIdsLegacy1")
                    .append("connectionId", CONNECTION).append("displayName", "Legacy")
                    .append("displayNameKey", "legacy").append("memberCount", 0L).append("seq", 1L)
                    .append("createdAt", created).append("updatedAt", created).append("version", 1L));
            try (MongoStore store = MongoStore.connect(mongo.uri(), database)) {
                Repositories repositories = store.repositories();

                assertEquals(CONNECTION, repositories.users().findById(new UserId("okta|legacy|live")).orElseThrow()
                        .connectionId().value(), "found by its id alone, through its new directory entry");
                assertEquals(CONNECTION, repositories.groups().findById(new GroupId("grp_LegacyIdsLegacy1"))
                        .orElseThrow().connectionId().value());

                Document kept = db.getCollection(MongoSchema.USERS).find(new Document("_id", "okta|legacy|kept"))
                        .first();
                assertEquals(CONNECTION, kept.getString("connectionId"), "a soft-deleted user's connection at the top");
                assertFalse(kept.containsKey("seq"), "out of the creation order");
                assertEquals(List.of("okta|legacy|kept"), repositories.users()
                        .softDeleted(new ConnectionId(CONNECTION), 0, 10).items().stream()
                        .map(s -> s.user().id().value()).toList());
                assertTrue(repositories.users().findById(new UserId("okta|legacy|kept")).isEmpty(),
                        "a soft-deleted user is no live user");
                assertEquals(List.of("okta|legacy|live"), repositories.users()
                        .list(new ConnectionId(CONNECTION), UserQuery.ALL, 0, 10).items()
                        .stream().map(u -> u.id().value()).toList());
                assertThrows(ConflictException.class, () -> repositories.users().insert(new UserWrite.Insert(
                        user("okta|legacy|kept", OTHER, now), List.of(), List.of())),
                        "the soft-deleted user's id stays taken in every connection while it may be restored");
                assertEquals(0, db.getCollection(MongoSchema.USERS)
                        .countDocuments(new Document("_id", "okta|legacy|gone")), "the tombstone was cleared at start");

                User again = user("okta|legacy|gone", OTHER, now);
                repositories.users().insert(new UserWrite.Insert(again, List.of(), List.of()));
                assertEquals(OTHER, repositories.users().findById(again.id()).orElseThrow().connectionId().value(),
                        "a deleted user's id is free in any connection");
            } finally {
                db.drop();
            }
        }
    }

    private static Document legacyUser(String id, long seq) {
        Date date = new Date();
        return new Document("_id", id).append("seq", seq)
                .append("profile", new Document("given_name", id)).append("profileCi", new Document("given_name", id))
                .append("strings", List.of(id)).append("identities", List.of())
                .append("userNameKey", id).append("userIdAttributeKey", id)
                .append("createdAt", date).append("updatedAt", date).append("version", 1L)
                .append("pendingLogs", List.of());
    }

    private static User user(String id, String connectionId, Instant now) {
        return new User(new UserId(id), new ConnectionId(connectionId), ScimObject.builder().put("given_name", "again")
                .build(), List.of(), UserKeys.of("again-" + connectionId, "again-" + connectionId), now, now, 1);
    }
}
