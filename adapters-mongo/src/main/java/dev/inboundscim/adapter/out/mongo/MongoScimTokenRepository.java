package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * SCIM token digests and metadata in {@code scim_tokens}. The limit per connection is a set of numbered slots with
 * a unique index on {@code (connectionId, slot)}: a token is inserted into the first free slot below the limit, so
 * concurrent inserts can never exceed it, with no counter that a stopped process could leave wrong.
 */
final class MongoScimTokenRepository implements ScimTokenRepository {

    /** What an access token of the token endpoint was issued to (a client), and with (its secret). */
    static final String ISSUED_TO = "issuedTo";
    static final String ISSUED_WITH = "issuedWith";

    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> connections;
    private final MongoCollection<Document> configurations;

    MongoScimTokenRepository(MongoCollection<Document> tokens, MongoCollection<Document> connections,
                             MongoCollection<Document> configurations) {
        this.tokens = tokens;
        this.connections = connections;
        this.configurations = configurations;
    }

    @Override
    public boolean insertWithinLimit(ScimToken token, int limit) {
        String connectionId = token.connectionId().value();
        if (!MongoConnectionRepository.exists(connections, connectionId)) {
            throw NotFoundException.resource("Connection", connectionId);
        }
        for (int slot = 0; slot < limit; slot++) {
            try {
                tokens.insertOne(document(token, slot));
                return true;
            } catch (RuntimeException e) {
                if (!MongoErrors.duplicateKeyIndex(e).filter(MongoSchema.TOKEN_SLOT_UNIQUE::equals).isPresent()) {
                    throw e;
                }
                // Slot taken: try the next one.
            }
        }
        return false;
    }

    /** Outside the slots of static tokens: the token's own id is its slot, unique by construction. */
    @Override
    public void insertAccessToken(ScimToken token, String issuedTo, String issuedWith) {
        if (!MongoConnectionRepository.exists(connections, token.connectionId().value())) {
            throw NotFoundException.resource("Connection", token.connectionId().value());
        }
        tokens.deleteMany(Filters.and(Filters.eq(ISSUED_TO, issuedTo),
                Filters.lte("validUntil", Instants.toDate(token.createdAt()))));
        tokens.insertOne(document(token, token.id().value()).append(ISSUED_TO, issuedTo)
                .append(ISSUED_WITH, issuedWith));
    }

    @Override
    public Optional<ScimToken> findById(TokenId id) {
        return Optional.ofNullable(tokens.find(Filters.eq("_id", id.value())).first())
                .map(MongoScimTokenRepository::token);
    }

    /**
     * The token, and a digest of its connection's and configuration's documents, which changes with any change to
     * either; empty when the token, its connection or its configuration is missing, as on PostgreSQL. Three reads
     * (no joins here), the same a request made before it had a stamp.
     */
    @Override
    public Optional<TokenGrant> findGrant(TokenId id) {
        return findById(id).flatMap(token -> {
            Document connection = connections.find(Filters.eq("_id", token.connectionId().value())).first();
            Document configuration = connection == null ? null
                    : configurations.find(Filters.eq("_id", token.connectionId().value())).first();
            if (configuration == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenGrant(token, digest(connection.toJson() + "\n" + configuration.toJson())));
        });
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public List<ScimToken> findByConnection(ConnectionId connectionId) {
        return tokens.find(Filters.and(Filters.eq("connectionId", connectionId.value()), Filters.eq(ISSUED_TO, null)))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoScimTokenRepository::token).into(new ArrayList<>());
    }

    @Override
    public boolean delete(ConnectionId connectionId, TokenId id) {
        return tokens.deleteOne(Filters.and(Filters.eq("_id", id.value()),
                Filters.eq("connectionId", connectionId.value()))).getDeletedCount() == 1;
    }

    @Override
    public void touch(TokenId id, Instant usedAt) {
        tokens.updateOne(Filters.eq("_id", id.value()), Updates.set("lastUsedAt", Instants.toDate(usedAt)));
    }

    private static Document document(ScimToken token, Object slot) {
        return new Document("_id", token.id().value())
                .append("connectionId", token.connectionId().value())
                .append("slot", slot)
                .append("secretDigest", token.secretDigest())
                .append(StoredScopes.FIELD, StoredScopes.names(token.scopes()))
                .append("createdAt", Instants.toDate(token.createdAt()))
                .append("validUntil", Instants.toDate(token.validUntil()))
                .append("lastUsedAt", Instants.toDate(token.lastUsedAt()));
    }

    private static ScimToken token(Document document) {
        Set<Scope> scopes = StoredScopes.of(document);
        return new ScimToken(new TokenId(document.getString("_id")),
                new ConnectionId(document.getString("connectionId")), document.getString("secretDigest"), scopes,
                Instants.toInstant(document.getDate("createdAt")), Instants.toInstant(document.getDate("validUntil")),
                Instants.toInstant(document.getDate("lastUsedAt")));
    }
}
