package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import java.util.List;
import org.bson.Document;

/** Maps {@link LogEntry} to a {@code logs} document and back; the same document waits in a user's outbox. */
final class LogDocuments {

    /** The ids of the streams that still have to deliver the entry. */
    static final String PENDING_STREAMS = "pendingStreams";
    /** The ids of the event streams that still have to deliver the entry (SPEC §11). */
    static final String PENDING_EVENT_STREAMS = "pendingEventStreams";
    /** Marks an entry whose user's sessions have yet to end. */
    static final String ENDS_SESSIONS = "deprovision";

    private LogDocuments() {
    }

    /**
     * The stored entry. Logs record hostile requests too, so NUL characters (which BSON keys cannot hold) are
     * replaced by U+FFFD, exactly as the PostgreSQL adapter stores them.
     */
    static Document document(LogEntry entry) {
        return new Document("_id", entry.logId())
                .append("type", entry.type().code())
                .append("date", Instants.toDate(entry.date()))
                .append("connectionId", BsonValues.withoutNul(entry.connectionId()))
                .append("description", BsonValues.withoutNul(entry.description()))
                .append("ip", BsonValues.withoutNul(entry.ip()))
                .append("userAgent", BsonValues.withoutNul(entry.userAgent()))
                .append("userId", BsonValues.withoutNul(entry.userId()))
                .append("details", BsonValues.encode(BsonValues.withoutNul(entry.details())));
    }

    /**
     * The stored entries, each with what its routing decided: the ids of the streams that keep it
     * ({@link #PENDING_STREAMS}, pulled out again by each delivery) and, when it ends its user's sessions, the
     * {@link #ENDS_SESSIONS} mark the session repository looks for.
     */
    static List<Document> documents(List<RoutedLogEntry> entries) {
        return entries.stream().map(LogDocuments::document).toList();
    }

    static Document document(RoutedLogEntry routed) {
        Document document = document(routed.entry());
        if (!routed.streams().isEmpty()) {
            document.append(PENDING_STREAMS, routed.streams().stream().map(LogStreamId::value).toList());
        }
        if (!routed.eventStreams().isEmpty()) {
            document.append(PENDING_EVENT_STREAMS, routed.eventStreams().stream().map(EventStreamId::value).toList());
        }
        if (routed.endsSessions()) {
            document.append(ENDS_SESSIONS, true);
        }
        return document;
    }

    static LogEntry entry(Document document) {
        LogType type = LogType.fromCode(document.getString("type"))
                .orElseThrow(() -> new IllegalStateException("Unknown stored log type"));
        return new LogEntry(document.getString("_id"), type, Instants.toInstant(document.getDate("date")),
                document.getString("connectionId"), document.getString("description"), document.getString("ip"),
                document.getString("userAgent"), document.getString("userId"),
                BsonValues.decodeObject(document.get("details", Document.class)));
    }
}
