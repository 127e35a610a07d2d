package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.inboundscim.application.port.out.AdminTokenRepository;
import java.util.Optional;
import org.bson.Document;

/** The Management API token digest: one document with a fixed {@code _id} in {@code admin_token}. */
final class MongoAdminTokenRepository implements AdminTokenRepository {

    private static final String ID = "admin";

    private final MongoCollection<Document> adminToken;

    MongoAdminTokenRepository(MongoCollection<Document> adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    public Optional<String> findDigest() {
        return Optional.ofNullable(adminToken.find(Filters.eq("_id", ID)).first()).map(d -> d.getString("digest"));
    }

    @Override
    public boolean saveDigestIfAbsent(String digest) {
        // The unique _id makes concurrent first starts of several servers agree on one digest.
        try {
            adminToken.insertOne(new Document("_id", ID).append("digest", digest));
            return true;
        } catch (RuntimeException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
