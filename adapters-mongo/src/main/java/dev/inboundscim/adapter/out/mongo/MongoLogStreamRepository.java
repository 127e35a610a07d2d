package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.ContentFormat;
import dev.inboundscim.domain.logstream.DeliveryState;
import dev.inboundscim.domain.logstream.HttpSink;
import dev.inboundscim.domain.logstream.LogCategory;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.LogStreamStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Log streams in {@code log_streams}; a stream's outbox is the set of {@code logs} documents whose
 * {@link LogDocuments#PENDING_STREAMS} array holds its id, delivered in log id order.
 */
final class MongoLogStreamRepository implements LogStreamRepository {

    private static final String STATUS = "status";

    private final MongoCollection<Document> streams;
    private final MongoCollection<Document> logs;
    private final MongoLogRepository logRepository;

    MongoLogStreamRepository(MongoCollection<Document> streams, MongoCollection<Document> logs,
                             MongoLogRepository logRepository) {
        this.streams = streams;
        this.logs = logs;
        this.logRepository = logRepository;
    }

    @Override
    public void insert(LogStream stream) {
        streams.insertOne(document(stream));
    }

    @Override
    public Optional<LogStream> findById(LogStreamId id) {
        return Optional.ofNullable(streams.find(Filters.eq("_id", id.value())).first())
                .map(MongoLogStreamRepository::stream);
    }

    @Override
    public List<LogStream> list() {
        return streams.find().sort(Sorts.ascending("createdAt", "_id")).map(MongoLogStreamRepository::stream)
                .into(new ArrayList<>());
    }

    @Override
    public void update(LogStream updated) {
        Document settings = document(updated);
        settings.remove("_id");
        long matched = streams.updateOne(Filters.and(Filters.eq("_id", updated.id().value()),
                Filters.eq("version", updated.version() - 1)), new Document("$set", settings)).getMatchedCount();
        if (matched == 0) {
            throw findById(updated.id()).isPresent()
                    ? PreconditionFailedException.versionMismatch(updated.id().value())
                    : NotFoundException.resource("Log stream", updated.id().value());
        }
    }

    @Override
    public void delete(LogStreamId id) {
        if (streams.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 0) {
            throw NotFoundException.resource("Log stream", id.value());
        }
        logs.updateMany(Filters.eq(LogDocuments.PENDING_STREAMS, id.value()),
                Updates.pull(LogDocuments.PENDING_STREAMS, id.value()));
    }

    @Override
    public boolean claim(LogStreamId id, String owner, Instant now, Duration lease) {
        Bson free = Filters.or(Filters.eq("leaseOwner", null), Filters.eq("leaseOwner", owner),
                Filters.lt("leaseUntil", Instants.toDate(now)));
        return streams.updateOne(Filters.and(Filters.eq("_id", id.value()), free),
                Updates.combine(Updates.set("leaseOwner", owner),
                        Updates.set("leaseUntil", Instants.toDate(now.plus(lease))))).getMatchedCount() == 1;
    }

    @Override
    public void release(LogStreamId id, String owner) {
        streams.updateOne(Filters.and(Filters.eq("_id", id.value()), Filters.eq("leaseOwner", owner)),
                Updates.combine(Updates.set("leaseOwner", null), Updates.set("leaseUntil", null)));
    }

    @Override
    public List<LogEntry> pending(LogStreamId id, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Entries still in a user's or group's outbox (a process stopped before copying them) come first.
        logRepository.relayOutboxes();
        return logs.find(Filters.eq(LogDocuments.PENDING_STREAMS, id.value())).sort(Sorts.ascending("_id")).limit(limit)
                .map(LogDocuments::entry).into(new ArrayList<>());
    }

    @Override
    public long pendingCount(LogStreamId id) {
        return logs.countDocuments(Filters.eq(LogDocuments.PENDING_STREAMS, id.value()));
    }

    @Override
    public void acknowledge(LogStreamId id, List<String> logIds) {
        if (!logIds.isEmpty()) {
            logs.updateMany(Filters.in("_id", logIds), Updates.pull(LogDocuments.PENDING_STREAMS, id.value()));
        }
    }

    @Override
    public void recordDelivery(LogStreamId id, DeliveryState state) {
        streams.updateOne(Filters.eq("_id", id.value()), Updates.combine(
                Updates.set("failures", state.failures()),
                Updates.set("nextAttemptAt", state.nextAttemptAt() == null ? null
                        : Instants.toDate(state.nextAttemptAt())),
                Updates.set("lastError", state.lastError())));
    }

    private static Document document(LogStream s) {
        return new Document("_id", s.id().value())
                .append("name", s.name())
                .append(STATUS, s.status().wireName())
                .append("endpoint", s.sink().endpoint().toString())
                .append("authorization", s.sink().authorization())
                .append("format", s.sink().format().name())
                .append("categories", s.categories().stream().map(LogCategory::wireName).toList())
                .append("version", s.version())
                .append("failures", s.delivery().failures())
                .append("nextAttemptAt", s.delivery().nextAttemptAt() == null ? null
                        : Instants.toDate(s.delivery().nextAttemptAt()))
                .append("lastError", s.delivery().lastError())
                .append("createdAt", Instants.toDate(s.createdAt()))
                .append("updatedAt", Instants.toDate(s.updatedAt()));
    }

    private static LogStream stream(Document d) {
        List<LogCategory> categories = d.getList("categories", String.class, List.of()).stream()
                .map(name -> LogCategory.fromWireName(name).orElseThrow(
                        () -> new IllegalStateException("Unknown stored log category " + name)))
                .toList();
        HttpSink sink = new HttpSink(URI.create(d.getString("endpoint")), d.getString("authorization"),
                ContentFormat.valueOf(d.getString("format")));
        Instant nextAttempt = d.getDate("nextAttemptAt") == null ? null : Instants.toInstant(d.getDate("nextAttemptAt"));
        return new LogStream(new LogStreamId(d.getString("_id")), d.getString("name"),
                LogStreamStatus.fromWireName(d.getString(STATUS)).orElseThrow(), sink, categories,
                d.get("version", Number.class).longValue(),
                new DeliveryState(d.get("failures", Number.class).intValue(), nextAttempt, d.getString("lastError")),
                Instants.toInstant(d.getDate("createdAt")), Instants.toInstant(d.getDate("updatedAt")));
    }
}
