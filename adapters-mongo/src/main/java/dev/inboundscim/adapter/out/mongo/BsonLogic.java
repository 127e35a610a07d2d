package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.query.Logic;
import java.util.List;
import org.bson.Document;

/**
 * The and/or/not of every condition tree as a MongoDB query. The translators keep every leaf two-valued, so
 * {@code $nor} of a missing attribute matches, as in memory.
 */
enum BsonLogic implements Logic<Document> {
    INSTANCE;

    /** A condition no document satisfies (every document has an {@code _id}). */
    static final Document NOTHING = new Document("_id", new Document("$exists", false));

    @Override
    public Document always() {
        return new Document();
    }

    @Override
    public Document never() {
        return NOTHING;
    }

    @Override
    public Document all(List<Document> operands) {
        return operands.isEmpty() ? always() : new Document("$and", operands);
    }

    @Override
    public Document any(List<Document> operands) {
        return operands.isEmpty() ? NOTHING : new Document("$or", operands);
    }

    @Override
    public Document not(Document operand) {
        return new Document("$nor", List.of(operand));
    }
}
