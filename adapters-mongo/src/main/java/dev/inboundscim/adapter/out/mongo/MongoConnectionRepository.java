package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Connections in the {@code connections} collection, names unique through a unique index on their lower-cased
 * form. Deleting one removes its configuration, tokens and users after it (see {@link MongoCascade}).
 */
final class MongoConnectionRepository implements ConnectionRepository {

    private final MongoCollection<Document> connections;
    private final MongoCascade cascade;

    MongoConnectionRepository(MongoCollection<Document> connections, MongoCascade cascade) {
        this.connections = connections;
        this.cascade = cascade;
    }

    @Override
    public void insert(Connection connection) {
        try {
            Document document = new Document("_id", connection.id().value());
            document.putAll(fields(connection));
            connections.insertOne(document);
        } catch (RuntimeException e) {
            throw translate(e, connection);
        }
    }

    @Override
    public Optional<Connection> findById(ConnectionId id) {
        return Optional.ofNullable(connections.find(Filters.eq("_id", id.value())).first())
                .map(MongoConnectionRepository::connection);
    }

    @Override
    public List<Connection> findAll() {
        return connections.find().sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoConnectionRepository::connection).into(new ArrayList<>());
    }

    @Override
    public boolean update(Connection connection) {
        Document fields = fields(connection);
        fields.remove("createdAt");
        try {
            return connections.updateOne(Filters.eq("_id", connection.id().value()),
                    Updates.combine(fields.entrySet().stream().map(e -> Updates.set(e.getKey(), e.getValue()))
                            .toList())).getMatchedCount() == 1;
        } catch (RuntimeException e) {
            throw translate(e, connection);
        }
    }

    @Override
    public Optional<Connection> change(ConnectionId id, ConnectionChange change) {
        List<Bson> sets = new ArrayList<>();
        if (change.displayName() != null) {
            sets.add(Updates.set("displayName", change.displayName()));
        }
        if (change.syncUserProfileAtLogin() != null) {
            sets.add(Updates.set("syncUserProfileAtLogin", change.syncUserProfileAtLogin()));
        }
        sets.add(Updates.set("updatedAt", Instants.toDate(change.updatedAt())));
        return Optional.ofNullable(connections.findOneAndUpdate(Filters.eq("_id", id.value()), Updates.combine(sets),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(MongoConnectionRepository::connection);
    }

    @Override
    public boolean delete(ConnectionId id) {
        boolean deleted = connections.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 1;
        // Also after a delete that found nothing: it finishes a cascade an earlier run left half done.
        cascade.removeChildrenOf(id.value());
        return deleted;
    }

    /**
     * Whether the connection exists: what PostgreSQL's foreign keys check before a child row is inserted. A
     * connection deleted right after is handled by its cascade.
     */
    static boolean exists(MongoCollection<Document> connections, String connectionId) {
        return connections.find(Filters.eq("_id", connectionId)).projection(Projections.include("_id")).first()
                != null;
    }

    private static Document fields(Connection connection) {
        return new Document("name", connection.name().value())
                // Names are ASCII ([A-Za-z0-9-]), so lower case is a complete case fold for them.
                .append("nameKey", connection.name().value().toLowerCase(Locale.ROOT))
                .append("strategy", connection.strategy().wireName())
                .append("displayName", connection.displayName())
                .append("syncUserProfileAtLogin", connection.syncUserProfileAtLogin())
                .append("createdAt", Instants.toDate(connection.createdAt()))
                .append("updatedAt", Instants.toDate(connection.updatedAt()));
    }

    private static RuntimeException translate(RuntimeException failure, Connection connection) {
        return MongoErrors.duplicateKeyIndex(failure).<RuntimeException>map(index ->
                index.equals(MongoSchema.CONNECTION_NAME_UNIQUE) ? connection.nameTaken() : connection.idTaken())
                .orElse(failure);
    }

    private static Connection connection(Document document) {
        return new Connection(new ConnectionId(document.getString("_id")), new ConnectionName(document.getString("name")),
                Strategy.parse(document.getString("strategy")), document.getString("displayName"),
                document.getBoolean("syncUserProfileAtLogin"), Instants.toInstant(document.getDate("createdAt")),
                Instants.toInstant(document.getDate("updatedAt")));
    }
}
