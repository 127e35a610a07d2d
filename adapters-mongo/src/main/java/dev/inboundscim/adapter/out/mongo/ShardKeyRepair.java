package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Brings what an earlier version stored to the shard-ready shape at start (issue 20, docs/scaling.md), before any
 * read needs it: tombstones and soft-deleted users, which kept their connection elsewhere ({@code deletedFrom},
 * {@code softDeleted.connectionId}), get it back at the top and leave the creation order; and every user and group
 * id gets its directory entry. The entries are written once: the directories' index on the connection, created when
 * they are complete, says they are (a stop before it means they are written again, which changes nothing).
 */
final class ShardKeyRepair {

    private static final int BATCH = 1_000;
    private static final String SOFT_DELETED_CONNECTION = SoftDeletedUserDocuments.CONNECTION;

    private final MongoCollection<Document> users;
    private final MongoCollection<Document> groups;
    private final MongoCollection<Document> userConnections;
    private final MongoCollection<Document> groupConnections;

    ShardKeyRepair(MongoCollection<Document> users, MongoCollection<Document> groups,
                   MongoCollection<Document> userConnections, MongoCollection<Document> groupConnections) {
        this.users = users;
        this.groups = groups;
        this.userConnections = userConnections;
        this.groupConnections = groupConnections;
    }

    void run() {
        withConnectionAtTop(users, UserDocuments.DELETED_FROM);
        withConnectionAtTop(users, SOFT_DELETED_CONNECTION);
        withConnectionAtTop(groups, GroupDocuments.DELETED_FROM);
        fill(users, userConnections, "user_connections_connection_idx");
        fill(groups, groupConnections, "group_connections_connection_idx");
    }

    /** Documents that keep their connection in {@code field} only get it at the top, and leave the creation order. */
    private static void withConnectionAtTop(MongoCollection<Document> collection, String field) {
        Bson legacy = Filters.and(Filters.exists(field, true),
                Filters.exists(MongoSchema.CONNECTION_ID_FIELD, false));
        for (Document document : collection.find(legacy).comment(GroupMemberships.START_UP)
                .projection(Projections.include(field)).into(new java.util.ArrayList<>())) {
            String connectionId = document.getEmbedded(List.of(field.split("\\.")), String.class);
            collection.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), legacy),
                    Updates.combine(Updates.set(MongoSchema.CONNECTION_ID_FIELD, connectionId),
                            Updates.unset(UserDocuments.SEQ)),
                    new UpdateOptions().comment(GroupMemberships.START_UP));
        }
    }

    /** Writes the entry of every document's id (those written already stay), then the marking index. */
    private static void fill(MongoCollection<Document> documents, MongoCollection<Document> directory,
                             String index) {
        for (Document existing : directory.listIndexes()) {
            if (index.equals(existing.getString("name"))) {
                return;
            }
        }
        IdDirectory entries = new IdDirectory(directory);
        Map<String, String> batch = new LinkedHashMap<>();
        for (Document document : documents.find().comment(GroupMemberships.START_UP)
                .projection(Projections.include(MongoSchema.CONNECTION_ID_FIELD))) {
            String connectionId = document.getString(MongoSchema.CONNECTION_ID_FIELD);
            if (connectionId != null) {
                batch.put(document.getString("_id"), connectionId);
            }
            if (batch.size() == BATCH) {
                entries.registerAll(batch);
                batch.clear();
            }
        }
        entries.registerAll(batch);
        directory.createIndex(Indexes.ascending(MongoSchema.CONNECTION_ID_FIELD), new IndexOptions().name(index));
    }
}
