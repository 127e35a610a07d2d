package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Which log streams collect an entry. A log document is inserted with the ids of those streams in
 * {@link #PENDING}, so the entry and its pending deliveries are stored in one single-document operation; each
 * delivery pulls its stream's id out again. Deprovisioning entries are marked {@link #DEPROVISION} the same way.
 */
final class StreamTargets {

    static final String PENDING = "pendingStreams";
    static final String STATUS = "status";
    static final String LOG_TYPES = "logTypes";
    /** Marks a {@code user.deactivated} or {@code user.deleted} entry whose user's sessions have yet to end. */
    static final String DEPROVISION = "deprovision";
    private static final List<String> DEPROVISIONING_TYPES = List.of("user.deactivated", "user.deleted");

    private final MongoCollection<Document> streams;

    StreamTargets(MongoCollection<Document> streams) {
        this.streams = streams;
    }

    /** The collecting streams, read now: one small query, done once per insert or per batch. */
    Snapshot read() {
        List<Document> collecting = streams.find(Filters.ne(STATUS, "paused"))
                .projection(Projections.include(LOG_TYPES)).into(new ArrayList<>());
        return new Snapshot(collecting);
    }

    /** The streams that collected when read; {@link #stamp} marks an entry for them. */
    record Snapshot(List<Document> streams) {

        /** {@code logDocument} with the ids of the streams that collect its type. */
        Document stamp(Document logDocument) {
            String type = logDocument.getString("type");
            List<String> ids = new ArrayList<>();
            for (Document stream : streams) {
                List<String> types = stream.getList(LOG_TYPES, String.class);
                if (types == null || types.contains(type)) {
                    ids.add(stream.getString("_id"));
                }
            }
            Document stamped = new Document(logDocument);
            if (!ids.isEmpty()) {
                stamped.append(PENDING, ids);
            }
            if (DEPROVISIONING_TYPES.contains(type) && logDocument.getString("userId") != null) {
                stamped.append(DEPROVISION, true);
            }
            return stamped;
        }
    }
}
