package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.domain.log.LogEntry;
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
    public List<LogEntry> list(LogQuery query) {
        if (query.take() == 0) {
            // MongoDB reads a limit of 0 as "no limit".
            return List.of();
        }
        // Entries of user writes that a stopped process left in an outbox are copied first (an index lookup that
        // finds nothing almost always), so a reader never sees a change without its entry.
        relayOutboxes();
        return logs.find(filter(query)).sort(Sorts.descending("_id")).skip(query.skip()).limit(query.take())
                .map(LogDocuments::entry).into(new ArrayList<>());
    }

    @Override
    public long count(LogQuery query) {
        relayOutboxes();
        return logs.countDocuments(filter(query));
    }

    private static Bson filter(LogQuery query) {
        List<Bson> where = new ArrayList<>();
        if (query.type() != null) {
            where.add(Filters.eq("type", query.type().code()));
        }
        if (query.connectionId() != null) {
            where.add(Filters.eq("connectionId", query.connectionId()));
        }
        if (query.userId() != null) {
            where.add(Filters.eq("userId", query.userId()));
        }
        if (query.status() != null) {
            where.add(Filters.eq("details.status", query.status()));
        }
        if (query.operation() != null) {
            where.add(Filters.eq("details.operation", query.operation()));
        }
        if (query.requestId() != null) {
            where.add(Filters.eq("details.request_id", query.requestId()));
        }
        if (query.since() != null) {
            where.add(Filters.gte("date", Instants.toDate(query.since())));
        }
        if (query.until() != null) {
            where.add(Filters.lt("date", Instants.toDate(query.until())));
        }
        if (query.beforeLogId() != null) {
            where.add(Filters.lt("_id", query.beforeLogId()));
        }
        return where.isEmpty() ? new Document() : Filters.and(where);
    }

    /**
     * Retention: the oldest entries below the bound that no stream still has to deliver and whose ending of sessions
     * is not still queued (the queue is the entries themselves, see {@link MongoSessionRepository}); found by the id
     * index, then deleted under the same conditions, so an entry that changed in between stays.
     */
    @Override
    public int deleteOldest(String beforeLogId, int limit) {
        if (limit <= 0) {
            return 0;
        }
        Bson deletable = Filters.and(Filters.lt("_id", beforeLogId),
                Filters.or(Filters.exists(LogDocuments.PENDING_STREAMS, false),
                        Filters.size(LogDocuments.PENDING_STREAMS, 0)),
                Filters.or(Filters.exists(LogDocuments.PENDING_EVENT_STREAMS, false),
                        Filters.size(LogDocuments.PENDING_EVENT_STREAMS, 0)),
                Filters.ne(LogDocuments.ENDS_SESSIONS, true));
        List<String> ids = logs.find(deletable).sort(Sorts.ascending("_id")).limit(limit)
                .projection(new Document("_id", 1)).map(document -> document.getString("_id"))
                .into(new ArrayList<>());
        if (ids.isEmpty()) {
            return 0;
        }
        return (int) logs.deleteMany(Filters.and(Filters.in("_id", ids), deletable)).getDeletedCount();
    }
}
