package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.error.PreconditionFailedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Clients in {@code clients}, one document each. */
final class MongoClientRepository implements ClientRepository {

    private final MongoCollection<Document> clients;

    MongoClientRepository(MongoCollection<Document> clients) {
        this.clients = clients;
    }

    @Override
    public void insert(Client client) {
        clients.insertOne(document(client));
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return Optional.ofNullable(clients.find(Filters.eq("_id", id.value())).first())
                .map(MongoClientRepository::client);
    }

    @Override
    public List<Client> list() {
        return clients.find().sort(Sorts.ascending("createdAt", "_id")).map(MongoClientRepository::client)
                .into(new ArrayList<>());
    }

    @Override
    public void update(Client updated) {
        Document fields = document(updated);
        fields.remove("_id");
        if (clients.updateOne(Filters.and(Filters.eq("_id", updated.id().value()),
                Filters.eq("version", updated.version() - 1)), new Document("$set", fields)).getMatchedCount() == 0) {
            throw PreconditionFailedException.versionMismatch(updated.id().value());
        }
    }

    @Override
    public boolean delete(ClientId id) {
        return clients.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 1;
    }

    private static Document document(Client client) {
        return new Document("_id", client.id().value())
                .append("name", client.name())
                .append("logoutUrls", client.backchannelLogoutUrls().stream().map(URI::toString).toList())
                .append("version", client.version())
                .append("createdAt", Instants.toDate(client.createdAt()))
                .append("updatedAt", Instants.toDate(client.updatedAt()));
    }

    private static Client client(Document d) {
        return new Client(new ClientId(d.getString("_id")), d.getString("name"),
                d.getList("logoutUrls", String.class, List.of()).stream().map(URI::create).toList(),
                d.get("version", Number.class).longValue(), Instants.toInstant(d.getDate("createdAt")),
                Instants.toInstant(d.getDate("updatedAt")));
    }
}
