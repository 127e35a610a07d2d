package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Deletes what the token endpoint's access tokens are issued to or with (a client, a secret, a federated credential)
 * and those tokens, in single-document steps: the tokens before and after the owner, so a stop in between leaves an
 * owner without tokens, never tokens of a deleted owner, and the second pass catches a token issued meanwhile. Every
 * read of a token goes to the store, so they stop at once.
 */
final class AccessTokenOwners {

    private AccessTokenOwners() {
    }

    /** Runs {@code deleteOwner} between the two passes over the tokens whose {@code field} is {@code owner}. */
    static boolean delete(MongoCollection<Document> tokens, String field, String owner, BooleanSupplier deleteOwner) {
        Bson issued = Filters.eq(field, owner);
        tokens.deleteMany(issued);
        boolean deleted = deleteOwner.getAsBoolean();
        tokens.deleteMany(issued);
        return deleted;
    }
}
