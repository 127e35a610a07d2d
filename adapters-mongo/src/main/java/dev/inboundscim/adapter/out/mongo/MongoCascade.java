package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What PostgreSQL's {@code ON DELETE CASCADE} does, in single-document steps: a connection's configuration, tokens,
 * setup tickets, OAuth clients and users go after the connection itself. The connection goes first, so a
 * half-finished cascade leaves only orphans that no request can reach (every request starts from the connection);
 * {@link #removeOrphans} clears those at start.
 */
final class MongoCascade {

    private static final String CONNECTION_ID = "connectionId";

    private final MongoCollection<Document> connections;
    private final MongoCollection<Document> configurations;
    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> users;
    private final LogOutbox outbox;
    private final MongoCollection<Document> groups;
    private final LogOutbox groupOutbox;
    private final GroupMemberships memberships;
    /** The id directories, whose entries of the connection go with it. */
    private final List<IdDirectory> directories;
    /** Collections of per-connection documents keyed by {@code connectionId} and nothing else to clean up. */
    private final List<MongoCollection<Document>> owned;

    MongoCascade(MongoCollection<Document> connections, MongoCollection<Document> configurations,
                 MongoCollection<Document> tokens, MongoCollection<Document> users, LogOutbox outbox,
                 MongoCollection<Document> groups, LogOutbox groupOutbox, GroupMemberships memberships,
                 List<IdDirectory> directories, List<MongoCollection<Document>> owned) {
        this.directories = List.copyOf(directories);
        this.connections = connections;
        this.configurations = configurations;
        this.tokens = tokens;
        this.users = users;
        this.outbox = outbox;
        this.groups = groups;
        this.groupOutbox = groupOutbox;
        this.memberships = memberships;
        this.owned = List.copyOf(owned);
    }

    void removeChildrenOf(String connectionId) {
        configurations.deleteOne(Filters.eq("_id", connectionId));
        tokens.deleteMany(Filters.eq("connectionId", connectionId));
        owned.forEach(collection -> collection.deleteMany(Filters.eq(CONNECTION_ID, connectionId)));
        // Entries still waiting in the users' outboxes (live, soft-deleted or tombstones) reach the log before their
        // documents go.
        Bson own = Filters.eq(UserDocuments.CONNECTION_ID, connectionId);
        outbox.relayPending(own);
        // Groups before users: memberships go with their groups, then the groups' entries reach the log.
        groups.find(own).projection(Projections.include(GroupDocuments.ID))
                .forEach(group -> memberships.removeGroup(connectionId, group.getString(GroupDocuments.ID)));
        groupOutbox.relayPending(own);
        groups.deleteMany(own);
        users.deleteMany(own);
        // The ids last: until their documents are gone, they stay taken.
        directories.forEach(directory -> directory.removeConnection(connectionId));
    }

    /** Removes what belongs to connections that no longer exist: a cascade interrupted by a stop. */
    void removeOrphans() {
        Set<String> owners = new HashSet<>();
        configurations.distinct("_id", String.class).into(owners);
        tokens.distinct("connectionId", String.class).into(owners);
        // Every connection's documents, on purpose: a start-up repair (docs/scaling.md).
        owned.forEach(collection -> collection.distinct(CONNECTION_ID, String.class)
                .comment(GroupMemberships.START_UP).into(owners));
        users.distinct(UserDocuments.CONNECTION_ID, String.class).comment(GroupMemberships.START_UP).into(owners);
        groups.distinct(GroupDocuments.CONNECTION_ID, String.class).comment(GroupMemberships.START_UP).into(owners);
        directories.forEach(directory -> owners.addAll(directory.connections()));
        for (String owner : owners) {
            if (owner != null && !MongoConnectionRepository.exists(connections, owner)) {
                removeChildrenOf(owner);
            }
        }
    }
}
