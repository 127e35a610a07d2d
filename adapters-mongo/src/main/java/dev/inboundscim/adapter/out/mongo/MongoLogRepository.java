package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Request log entries in the {@code logs} collection, listed newest first by their time-ordered ids. */
final class MongoLogRepository implements LogRepository {

    private final MongoCollection<Document> logs;
    private final List<LogOutbox> outboxes;

    MongoLogRepository(MongoCollection<Document> logs, List<LogOutbox> outboxes) {
        this.logs = logs;
        this.outboxes = List.copyOf(outboxes);
    }

    /** One document per entry, each carrying its routing: the entry and its deliveries are one insert. */
    @Override
    public void append(List<RoutedLogEntry> entries) {
        if (!entries.isEmpty()) {
            logs.insertMany(LogDocuments.documents(entries));
        }
    }

    /** Copies what stopped processes left in user and group outboxes, so no entry waits there unseen. */
    void relayOutboxes() {
        outboxes.forEach(LogOutbox::relayAllPending);
    }

    @Override
    public List<LogEntry> list(LogType type, String connectionId, String beforeLogId, int take) {
        if (take <= 0) {
            // MongoDB reads a limit of 0 as "no limit".
            return List.of();
        }
        // Entries of user writes that a stopped process left in an outbox are copied first (an index lookup that
        // finds nothing almost always), so a reader never sees a change without its entry.
        relayOutboxes();
        List<Bson> where = new ArrayList<>();
        if (type != null) {
            where.add(Filters.eq("type", type.code()));
        }
        if (connectionId != null) {
            where.add(Filters.eq("connectionId", connectionId));
        }
        if (beforeLogId != null) {
            where.add(Filters.lt("_id", beforeLogId));
        }
        Bson filter = where.isEmpty() ? new Document() : Filters.and(where);
        return logs.find(filter).sort(Sorts.descending("_id")).limit(take).map(LogDocuments::entry)
                .into(new ArrayList<>());
    }
}
