package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.domain.signing.SigningKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/**
 * Signing keys in {@code signing_keys}. The current key alone carries {@code currentMarker}, under a unique sparse
 * index, so concurrent first starts agree on one key. A rotation is two writes (demote, then insert): if a process
 * stops between them there is briefly no current key, and the next use creates one.
 */
final class MongoSigningKeyRepository implements SigningKeyRepository {

    private static final String MARKER = "currentMarker";

    private final MongoCollection<Document> keys;

    MongoSigningKeyRepository(MongoCollection<Document> keys) {
        this.keys = keys;
    }

    @Override
    public List<SigningKey> list() {
        return keys.find().sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .map(MongoSigningKeyRepository::key).into(new ArrayList<>());
    }

    @Override
    public Optional<SigningKey> current() {
        return Optional.ofNullable(keys.find(Filters.eq(MARKER, "current")).first())
                .map(MongoSigningKeyRepository::key);
    }

    @Override
    public SigningKey insertIfNoCurrent(SigningKey key) {
        try {
            keys.insertOne(document(key));
        } catch (RuntimeException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
        }
        return current().orElseThrow();
    }

    @Override
    public void rotate(SigningKey next, Instant now) {
        keys.updateOne(Filters.eq(MARKER, "current"), Updates.combine(Updates.unset(MARKER),
                Updates.set("status", "previous"), Updates.set("rotatedAt", Instants.toDate(now))));
        keys.insertOne(document(next));
    }

    @Override
    public boolean revoke(String kid, Instant now) {
        return keys.updateOne(Filters.and(Filters.eq("_id", kid), Filters.eq("status", "previous")),
                Updates.combine(Updates.set("status", "revoked"), Updates.set("rotatedAt", Instants.toDate(now))))
                .getMatchedCount() == 1;
    }

    private static Document document(SigningKey key) {
        Document document = new Document("_id", key.kid())
                .append("publicKey", key.publicKey())
                .append("privateKey", key.privateKey())
                .append("status", key.status().name().toLowerCase(Locale.ROOT))
                .append("createdAt", Instants.toDate(key.createdAt()))
                .append("rotatedAt", key.rotatedAt() == null ? null : Instants.toDate(key.rotatedAt()));
        if (key.status() == SigningKey.Status.CURRENT) {
            document.append(MARKER, "current");
        }
        return document;
    }

    private static SigningKey key(Document d) {
        return new SigningKey(d.getString("_id"), d.getString("publicKey"), d.getString("privateKey"),
                SigningKey.Status.valueOf(d.getString("status").toUpperCase(Locale.ROOT)),
                Instants.toInstant(d.getDate("createdAt")),
                d.getDate("rotatedAt") == null ? null : Instants.toInstant(d.getDate("rotatedAt")));
    }
}
