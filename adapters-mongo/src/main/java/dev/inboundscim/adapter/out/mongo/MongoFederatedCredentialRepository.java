package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.FederatedCredentialId;
import dev.inboundscim.domain.token.Scope;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Federated credentials in {@code federated_credentials}; accepted assertions in {@code accepted_assertions}, one
 * document per credential and jti under that {@code _id}, so a replay fails its insert in whichever process sees it
 * second. {@link MongoCascade} removes a deleted connection's credentials.
 */
final class MongoFederatedCredentialRepository implements FederatedCredentialRepository {

    static final String CONNECTION_ID = "connectionId";

    private final MongoCollection<Document> credentials;
    private final MongoCollection<Document> assertions;
    private final MongoCollection<Document> connections;
    private final MongoCollection<Document> tokens;

    MongoFederatedCredentialRepository(MongoCollection<Document> credentials, MongoCollection<Document> assertions,
                                       MongoCollection<Document> connections, MongoCollection<Document> tokens) {
        this.credentials = credentials;
        this.assertions = assertions;
        this.connections = connections;
        this.tokens = tokens;
    }

    @Override
    public void insert(FederatedCredential credential) {
        if (!MongoConnectionRepository.exists(connections, credential.connectionId().value())) {
            throw NotFoundException.resource("Connection", credential.connectionId().value());
        }
        credentials.insertOne(new Document("_id", credential.id().value())
                .append(CONNECTION_ID, credential.connectionId().value())
                .append("issuer", credential.issuer())
                .append("subject", credential.subject())
                .append("audience", credential.audience())
                .append("jwksUri", credential.jwksUri().toString())
                .append(StoredScopes.FIELD, StoredScopes.names(credential.scopes()))
                .append("createdAt", Instants.toDate(credential.createdAt()))
                .append("lastUsedAt", Instants.toDate(credential.lastUsedAt())));
    }

    @Override
    public Optional<FederatedCredential> findById(ConnectionId connectionId, FederatedCredentialId id) {
        return Optional.ofNullable(credentials.find(own(connectionId, id)).first())
                .map(MongoFederatedCredentialRepository::credential);
    }

    @Override
    public List<FederatedCredential> findByConnection(ConnectionId connectionId) {
        return credentials.find(Filters.eq(CONNECTION_ID, connectionId.value()))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoFederatedCredentialRepository::credential).into(new ArrayList<>());
    }

    /** The credential, with its tokens before and after it ({@link AccessTokenOwners}). */
    @Override
    public boolean delete(ConnectionId connectionId, FederatedCredentialId id) {
        if (credentials.find(own(connectionId, id)).first() == null) {
            return false;
        }
        return AccessTokenOwners.delete(tokens, MongoScimTokenRepository.ISSUED_TO, id.value(),
                () -> credentials.deleteOne(own(connectionId, id)).getDeletedCount() == 1);
    }

    @Override
    public void touch(FederatedCredentialId id, Instant usedAt) {
        credentials.updateOne(Filters.eq("_id", id.value()), Updates.set("lastUsedAt", Instants.toDate(usedAt)));
    }

    @Override
    public boolean rememberAssertion(FederatedCredentialId credential, String jti, Instant expiresAt, Instant now) {
        String key = credential.value() + "|" + jti;
        // An expired record of the same jti is forgotten first, so only a live one makes the insert fail.
        assertions.deleteOne(Filters.and(Filters.eq("_id", key), Filters.lte("expiresAt", Instants.toDate(now))));
        assertions.deleteMany(Filters.lte("expiresAt", Instants.toDate(now)));
        try {
            assertions.insertOne(new Document("_id", key).append("expiresAt", Instants.toDate(expiresAt)));
            return true;
        } catch (RuntimeException e) {
            if (MongoErrors.duplicateKeyIndex(e).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private static Bson own(ConnectionId connectionId, FederatedCredentialId id) {
        return Filters.and(Filters.eq("_id", id.value()), Filters.eq(CONNECTION_ID, connectionId.value()));
    }

    private static FederatedCredential credential(Document document) {
        Set<Scope> scopes = StoredScopes.of(document);
        return new FederatedCredential(new FederatedCredentialId(document.getString("_id")),
                new ConnectionId(document.getString(CONNECTION_ID)), document.getString("issuer"),
                document.getString("subject"), document.getString("audience"),
                URI.create(document.getString("jwksUri")), scopes, Instants.toInstant(document.getDate("createdAt")),
                Instants.toInstant(document.getDate("lastUsedAt")));
    }
}
