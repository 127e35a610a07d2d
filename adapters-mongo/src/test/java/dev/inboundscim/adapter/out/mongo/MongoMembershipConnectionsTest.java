package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Group and organization memberships an earlier version stored without their connection get their group's or
 * user's at start (issue 20): after it, every read and write of them names the connection (docs/scaling.md).
 */
class MongoMembershipConnectionsTest {

    @Test
    void membershipsWithoutTheirConnectionGetTheirGroupsOrUsersAtStart() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        String database = RandomIds.alphanumeric("scim_test_", 10);
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            MongoDatabase db = client.getDatabase(database);
            Date now = new Date();
            // The connection exists (the start-up removes the documents of connections that do not).
            db.getCollection(MongoSchema.CONNECTIONS).insertOne(new Document("_id", "con_LegacyLegacyLeg1"));
            db.getCollection(MongoSchema.GROUPS).insertOne(new Document("_id", "grp_LegacyLegacyLeg1")
                    .append("connectionId", "con_LegacyLegacyLeg1").append("displayName", "Legacy")
                    .append("displayNameKey", "legacy").append("memberCount", 1L).append("seq", 1L)
                    .append("createdAt", now).append("updatedAt", now).append("version", 1L));
            db.getCollection(MongoSchema.GROUPS).insertOne(new Document("_id", "grp_LegacyLegacyLeg2")
                    .append("deletedFrom", "con_LegacyLegacyLeg2").append("displayNameKey", new Document("none", "x"))
                    .append("memberCount", 1L).append("seq", 2L).append("version", 2L));
            db.getCollection(MongoSchema.GROUP_MEMBERS).insertOne(new Document("_id", "grp_LegacyLegacyLeg1:u1")
                    .append("groupId", "grp_LegacyLegacyLeg1").append("userId", "u1"));
            db.getCollection(MongoSchema.GROUP_MEMBERS).insertOne(new Document("_id", "grp_LegacyLegacyLeg2:u2")
                    .append("groupId", "grp_LegacyLegacyLeg2").append("userId", "u2"));
            db.getCollection(MongoSchema.USERS).insertOne(new Document("_id", "u1")
                    .append("connectionId", "con_LegacyLegacyLeg1"));
            db.getCollection(MongoSchema.ORGANIZATION_MEMBERS).insertOne(new Document("_id", "org_LegacyLegacyLeg1/u1")
                    .append("orgId", "org_LegacyLegacyLeg1").append("userId", "u1"));
            db.getCollection(MongoSchema.ORGANIZATION_MEMBERS).insertOne(new Document("_id", "org_LegacyLegacyLeg1/gone")
                    .append("orgId", "org_LegacyLegacyLeg1").append("userId", "gone"));
            try {
                MongoStore.connect(mongo.uri(), database).close();

                assertEquals("con_LegacyLegacyLeg1", db.getCollection(MongoSchema.ORGANIZATION_MEMBERS)
                        .find(new Document("_id", "org_LegacyLegacyLeg1/u1")).first().getString("connectionId"));
                assertEquals(0, db.getCollection(MongoSchema.ORGANIZATION_MEMBERS)
                        .countDocuments(new Document("userId", "gone")), "a gone user's membership goes");

                assertEquals("con_LegacyLegacyLeg1", db.getCollection(MongoSchema.GROUP_MEMBERS)
                        .find(new Document("_id", "grp_LegacyLegacyLeg1:u1")).first().getString("connectionId"));
                assertEquals(0, db.getCollection(MongoSchema.GROUP_MEMBERS)
                        .countDocuments(new Document("groupId", "grp_LegacyLegacyLeg2")),
                        "a deleted group's memberships go, found through the connection it was deleted from");
                assertEquals(1L, db.getCollection(MongoSchema.GROUPS).find(new Document("_id", "grp_LegacyLegacyLeg1"))
                        .first().get("memberCount", Number.class).longValue());
            } finally {
                db.drop();
            }
        }
    }
}
