package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;
import dev.inboundscim.domain.token.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * OAuth clients in {@code scim_clients}, one document each with its secrets embedded, so the limit of active secrets
 * is one conditional update of one document: expired secrets are pulled first, then a secret is pushed only while
 * the array is shorter than the limit. Deleting a client or a secret deletes its access tokens from
 * {@code scim_tokens} right after; every read of a token goes to the store, so they stop at once.
 */
final class MongoScimClientRepository implements ScimClientRepository {

    static final String CONNECTION_ID = "connectionId";
    private static final String SECRETS = "secrets";

    private final MongoCollection<Document> clients;
    private final MongoCollection<Document> connections;
    private final MongoCollection<Document> tokens;

    MongoScimClientRepository(MongoCollection<Document> clients, MongoCollection<Document> connections,
                              MongoCollection<Document> tokens) {
        this.clients = clients;
        this.connections = connections;
        this.tokens = tokens;
    }

    @Override
    public void insert(ScimClient client) {
        if (!MongoConnectionRepository.exists(connections, client.connectionId().value())) {
            throw NotFoundException.resource("Connection", client.connectionId().value());
        }
        clients.insertOne(new Document("_id", client.id().value())
                .append(CONNECTION_ID, client.connectionId().value())
                .append(StoredScopes.FIELD, StoredScopes.names(client.scopes()))
                .append("description", client.description())
                .append("createdAt", Instants.toDate(client.createdAt()))
                .append("lastUsedAt", Instants.toDate(client.lastUsedAt()))
                .append(SECRETS, client.secrets().stream().map(MongoScimClientRepository::secret).toList()));
    }

    @Override
    public Optional<ScimClient> findById(ConnectionId connectionId, ScimClientId id) {
        return Optional.ofNullable(clients.find(own(connectionId, id)).first()).map(MongoScimClientRepository::client);
    }

    @Override
    public List<ScimClient> findByConnection(ConnectionId connectionId) {
        return clients.find(Filters.eq(CONNECTION_ID, connectionId.value())).sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoScimClientRepository::client).into(new ArrayList<>());
    }

    /** The client, with its tokens before and after it ({@link AccessTokenOwners}). */
    @Override
    public boolean delete(ConnectionId connectionId, ScimClientId id) {
        if (clients.find(own(connectionId, id)).first() == null) {
            return false;
        }
        return AccessTokenOwners.delete(tokens, MongoScimTokenRepository.ISSUED_TO, id.value(),
                () -> clients.deleteOne(own(connectionId, id)).getDeletedCount() == 1);
    }

    @Override
    public boolean addSecretWithinLimit(ConnectionId connectionId, ScimClientId id, ClientSecret secret, Instant now,
                                        int limit) {
        Bson own = own(connectionId, id);
        if (clients.updateOne(own, Updates.pull(SECRETS, Filters.lte("validUntil", Instants.toDate(now))))
                .getMatchedCount() == 0) {
            throw NotFoundException.resource("Client", id.value());
        }
        // "secrets.<limit - 1>" exists exactly when the array holds the limit already.
        return clients.updateOne(Filters.and(own, Filters.exists(SECRETS + "." + (limit - 1), false)),
                Updates.push(SECRETS, secret(secret))).getModifiedCount() == 1;
    }

    @Override
    public boolean deleteSecret(ConnectionId connectionId, ScimClientId id, ClientSecretId secretId) {
        Bson holding = Filters.and(own(connectionId, id), Filters.eq(SECRETS + "._id", secretId.value()));
        if (clients.find(holding).first() == null) {
            return false;
        }
        return AccessTokenOwners.delete(tokens, MongoScimTokenRepository.ISSUED_WITH, secretId.value(),
                () -> clients.updateOne(holding, Updates.pull(SECRETS, Filters.eq("_id", secretId.value())))
                        .getModifiedCount() == 1);
    }

    @Override
    public void touch(ScimClientId id, Instant usedAt) {
        clients.updateOne(Filters.eq("_id", id.value()), Updates.set("lastUsedAt", Instants.toDate(usedAt)));
    }

    private static Bson own(ConnectionId connectionId, ScimClientId id) {
        return Filters.and(Filters.eq("_id", id.value()), Filters.eq(CONNECTION_ID, connectionId.value()));
    }

    private static Document secret(ClientSecret secret) {
        return new Document("_id", secret.id().value()).append("digest", secret.digest())
                .append("createdAt", Instants.toDate(secret.createdAt()))
                .append("validUntil", Instants.toDate(secret.validUntil()));
    }

    private static ScimClient client(Document document) {
        Set<Scope> scopes = StoredScopes.of(document);
        List<ClientSecret> secrets = document.getList(SECRETS, Document.class).stream()
                .map(s -> new ClientSecret(new ClientSecretId(s.getString("_id")), s.getString("digest"),
                        Instants.toInstant(s.getDate("createdAt")), Instants.toInstant(s.getDate("validUntil"))))
                .sorted(Comparator.comparing(ClientSecret::createdAt)
                        .thenComparing(secret -> secret.id().value()))
                .toList();
        return new ScimClient(new ScimClientId(document.getString("_id")),
                new ConnectionId(document.getString(CONNECTION_ID)), scopes, document.getString("description"),
                Instants.toInstant(document.getDate("createdAt")), Instants.toInstant(document.getDate("lastUsedAt")),
                secrets);
    }
}
