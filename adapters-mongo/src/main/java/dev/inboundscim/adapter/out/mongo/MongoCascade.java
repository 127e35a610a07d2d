package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/**
 * What PostgreSQL's {@code ON DELETE CASCADE} does, in single-document steps: a connection's configuration, tokens
 * and users go after the connection itself. The connection goes first, so a half-finished cascade leaves only
 * orphans that no request can reach (every request starts from the connection); {@link #removeOrphans} clears
 * those at start.
 */
final class MongoCascade {

    private final MongoCollection<Document> connections;
    private final MongoCollection<Document> configurations;
    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> users;
    private final LogOutbox outbox;

    MongoCascade(MongoCollection<Document> connections, MongoCollection<Document> configurations,
                 MongoCollection<Document> tokens, MongoCollection<Document> users, LogOutbox outbox) {
        this.connections = connections;
        this.configurations = configurations;
        this.tokens = tokens;
        this.users = users;
        this.outbox = outbox;
    }

    void removeChildrenOf(String connectionId) {
        configurations.deleteOne(Filters.eq("_id", connectionId));
        tokens.deleteMany(Filters.eq("connectionId", connectionId));
        // Entries still waiting in the users' outboxes reach the log before their documents go.
        outbox.relayPending(Filters.eq(UserDocuments.CONNECTION_ID, connectionId));
        users.deleteMany(Filters.eq(UserDocuments.CONNECTION_ID, connectionId));
    }

    /** Removes what belongs to connections that no longer exist: a cascade interrupted by a stop. */
    void removeOrphans() {
        Set<String> owners = new HashSet<>();
        configurations.distinct("_id", String.class).into(owners);
        tokens.distinct("connectionId", String.class).into(owners);
        users.distinct(UserDocuments.CONNECTION_ID, String.class).into(owners);
        for (String owner : owners) {
            if (owner != null && !MongoConnectionRepository.exists(connections, owner)) {
                removeChildrenOf(owner);
            }
        }
    }
}
