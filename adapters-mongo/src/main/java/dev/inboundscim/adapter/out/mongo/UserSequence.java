package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out the users' creation order, like PostgreSQL's {@code bigserial}: one counter document advanced by
 * compare-and-set, so paging is stable even for users created in the same millisecond or by different servers.
 *
 * <p>Compare-and-set rather than {@code findOneAndUpdate} with {@code $inc}: mongo-java-server applies such an
 * update atomically but may return another caller's result, which would hand out one number twice; a guarded
 * {@code updateOne} that reports one modification is unambiguous on every server.
 */
final class UserSequence {

    private static final String USERS = "users.seq";

    private final MongoCollection<Document> counters;
    private final String id;

    UserSequence(MongoCollection<Document> counters) {
        this(counters, USERS);
    }

    /** The sequence kept in the counter document {@code id}, e.g. {@code "groups.seq"}. */
    UserSequence(MongoCollection<Document> counters, String id) {
        this.counters = counters;
        this.id = id;
    }

    long next() {
        while (true) {
            Document counter = counters.find(Filters.eq("_id", id)).first();
            if (counter == null) {
                if (createdFirst()) {
                    return 1;
                }
                continue;
            }
            long current = counter.get("value", Number.class).longValue();
            if (counters.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("value", current)),
                    Updates.set("value", current + 1)).getModifiedCount() == 1) {
                return current + 1;
            }
            // Another create took this number: read the counter again.
        }
    }

    private boolean createdFirst() {
        try {
            counters.insertOne(new Document("_id", id).append("value", 1L));
            return true;
        } catch (RuntimeException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
            return false;
        }
    }
}
