package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDelivery;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventSelection;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Event streams in {@code event_streams}; a stream's outbox is the set of {@code logs} documents whose
 * {@link LogDocuments#PENDING_EVENT_STREAMS} array holds its id, delivered in log id order, exactly as log streams'
 * outboxes are; {@code event_deliveries} keeps the recent attempts, in the order of a sequence every process
 * shares: an {@code ObjectId} orders the documents of one process only (its middle bytes are random per process),
 * so attempts recorded by several servers in one second would be listed, and trimmed, out of order.
 */
final class MongoEventStreamRepository implements EventStreamRepository {

    private static final String STREAM_ID = "streamId";
    private static final String SEQ = "seq";

    private final MongoCollection<Document> streams;
    private final MongoCollection<Document> logs;
    private final MongoCollection<Document> deliveries;
    private final UserSequence attemptSequence;
    private final MongoLogRepository logRepository;

    MongoEventStreamRepository(MongoCollection<Document> streams, MongoCollection<Document> logs,
                               MongoCollection<Document> deliveries, UserSequence attemptSequence,
                               MongoLogRepository logRepository) {
        this.streams = streams;
        this.logs = logs;
        this.deliveries = deliveries;
        this.attemptSequence = attemptSequence;
        this.logRepository = logRepository;
    }

    @Override
    public void insert(EventStream stream) {
        streams.insertOne(document(stream));
    }

    @Override
    public Optional<EventStream> findById(EventStreamId id) {
        return Optional.ofNullable(streams.find(Filters.eq("_id", id.value())).first())
                .map(MongoEventStreamRepository::stream);
    }

    @Override
    public List<EventStream> list() {
        return streams.find().sort(Sorts.ascending("createdAt", "_id")).map(MongoEventStreamRepository::stream)
                .into(new ArrayList<>());
    }

    @Override
    public void update(EventStream updated) {
        Document settings = document(updated);
        settings.remove("_id");
        long matched = streams.updateOne(Filters.and(Filters.eq("_id", updated.id().value()),
                Filters.eq("version", updated.version() - 1)), new Document("$set", settings)).getMatchedCount();
        if (matched == 0) {
            throw findById(updated.id()).isPresent()
                    ? PreconditionFailedException.versionMismatch(updated.id().value())
                    : NotFoundException.resource("Event stream", updated.id().value());
        }
    }

    @Override
    public void delete(EventStreamId id) {
        if (streams.deleteOne(Filters.eq("_id", id.value())).getDeletedCount() == 0) {
            throw NotFoundException.resource("Event stream", id.value());
        }
        logs.updateMany(Filters.eq(LogDocuments.PENDING_EVENT_STREAMS, id.value()),
                Updates.pull(LogDocuments.PENDING_EVENT_STREAMS, id.value()));
        deliveries.deleteMany(Filters.eq(STREAM_ID, id.value()));
    }

    @Override
    public boolean claim(EventStreamId id, String owner, Instant now, Duration lease) {
        Bson free = Filters.or(Filters.eq("leaseOwner", null), Filters.eq("leaseOwner", owner),
                Filters.lt("leaseUntil", Instants.toDate(now)));
        return streams.updateOne(Filters.and(Filters.eq("_id", id.value()), free),
                Updates.combine(Updates.set("leaseOwner", owner),
                        Updates.set("leaseUntil", Instants.toDate(now.plus(lease))))).getMatchedCount() == 1;
    }

    @Override
    public void release(EventStreamId id, String owner) {
        streams.updateOne(Filters.and(Filters.eq("_id", id.value()), Filters.eq("leaseOwner", owner)),
                Updates.combine(Updates.set("leaseOwner", null), Updates.set("leaseUntil", null)));
    }

    @Override
    public List<LogEntry> pending(EventStreamId id, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Events still in a user's or group's outbox (a process stopped before copying them) come first.
        logRepository.relayOutboxes();
        return logs.find(Filters.eq(LogDocuments.PENDING_EVENT_STREAMS, id.value())).sort(Sorts.ascending("_id"))
                .limit(limit).map(LogDocuments::entry).into(new ArrayList<>());
    }

    @Override
    public long pendingCount(EventStreamId id) {
        return logs.countDocuments(Filters.eq(LogDocuments.PENDING_EVENT_STREAMS, id.value()));
    }

    @Override
    public void acknowledge(EventStreamId id, List<String> logIds) {
        if (!logIds.isEmpty()) {
            logs.updateMany(Filters.in("_id", logIds), Updates.pull(LogDocuments.PENDING_EVENT_STREAMS, id.value()));
        }
    }

    @Override
    public void recordDelivery(EventStreamId id, EventDelivery state) {
        streams.updateOne(Filters.eq("_id", id.value()), Updates.combine(
                Updates.set("failures", state.failures()),
                Updates.set("nextAttemptAt", state.nextAttemptAt() == null ? null
                        : Instants.toDate(state.nextAttemptAt())),
                Updates.set("lastError", state.lastError())));
    }

    @Override
    public int redeliver(EventStreamId id, EventSelection selection, Set<LogType> types) {
        logRepository.relayOutboxes();
        Bson chosen = switch (selection) {
            case EventSelection.ByIds ids -> Filters.in("_id", ids.logIds());
            case EventSelection.Between range -> Filters.and(Filters.gte("_id", range.fromLogId()),
                    Filters.lt("_id", range.toLogId()));
        };
        Bson eligible = Filters.and(chosen, Filters.in("type", types.stream().map(LogType::code).toList()),
                Filters.ne(LogDocuments.PENDING_EVENT_STREAMS, id.value()));
        List<String> logIds = logs.find(eligible).sort(Sorts.ascending("_id")).limit(EventSelection.MAX_EVENTS)
                .projection(new Document("_id", 1)).map(d -> d.getString("_id")).into(new ArrayList<>());
        if (logIds.isEmpty()) {
            return 0;
        }
        return (int) logs.updateMany(Filters.in("_id", logIds),
                Updates.addToSet(LogDocuments.PENDING_EVENT_STREAMS, id.value())).getModifiedCount();
    }

    @Override
    public void recordAttempts(EventStreamId id, List<DeliveryAttempt> attempts, int keep) {
        if (attempts.isEmpty()) {
            return;
        }
        deliveries.insertMany(attempts.stream().map(a -> new Document("_id", new ObjectId())
                .append(STREAM_ID, id.value())
                .append(SEQ, attemptSequence.next())
                .append("eventId", a.eventId())
                .append("at", Instants.toDate(a.at()))
                .append("outcome", a.outcome().wireName())
                .append("status", a.status())
                .append("detail", a.detail())
                .append("events", a.events())
                .append("lastEventId", a.lastEventId())).toList());
        Document oldestKept = deliveries.find(Filters.eq(STREAM_ID, id.value())).sort(Sorts.descending(SEQ))
                .skip(keep - 1).limit(1).projection(new Document(SEQ, 1)).first();
        if (oldestKept != null) {
            // Attempts recorded before the sequence have none and are older than any that has one.
            deliveries.deleteMany(Filters.and(Filters.eq(STREAM_ID, id.value()), Filters.or(
                    Filters.lt(SEQ, oldestKept.get(SEQ, Number.class).longValue()), Filters.exists(SEQ, false))));
        }
    }

    @Override
    public List<DeliveryAttempt> attempts(EventStreamId id, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return deliveries.find(Filters.eq(STREAM_ID, id.value())).sort(Sorts.descending(SEQ)).limit(limit)
                .map(d -> new DeliveryAttempt(d.getString("eventId"), Instants.toInstant(d.getDate("at")),
                        DeliveryAttempt.Outcome.fromWireName(d.getString("outcome")), d.getInteger("status"),
                        d.getString("detail"), d.getInteger("events", 1), d.getString("lastEventId")))
                .into(new ArrayList<>());
    }

    private static Document document(EventStream s) {
        EventDestination.Webhook webhook = s.destination() instanceof EventDestination.Webhook w ? w : null;
        return new Document("_id", s.id().value())
                .append("name", s.name())
                .append("format", s.format().wireName())
                .append("destinationType", s.destination().wireType())
                .append("url", webhook == null ? null : webhook.url().toString())
                .append("authorization", webhook == null ? null : webhook.authorization())
                .append("batch", webhook != null && webhook.batch())
                .append("subscriptions", s.subscriptions().stream().map(EventType::wireName).toList())
                .append("audience", s.audience())
                .append("status", s.status().wireName())
                .append("version", s.version())
                .append("failures", s.delivery().failures())
                .append("nextAttemptAt", s.delivery().nextAttemptAt() == null ? null
                        : Instants.toDate(s.delivery().nextAttemptAt()))
                .append("lastError", s.delivery().lastError())
                .append("createdAt", Instants.toDate(s.createdAt()))
                .append("updatedAt", Instants.toDate(s.updatedAt()));
    }

    private static EventStream stream(Document d) {
        List<EventType> subscriptions = d.getList("subscriptions", String.class, List.of()).stream()
                .map(name -> EventType.fromWireName(name).orElseThrow(
                        () -> new IllegalStateException("Unknown stored event type " + name)))
                .toList();
        EventDestination destination = "webhook".equals(d.getString("destinationType"))
                ? new EventDestination.Webhook(URI.create(d.getString("url")), d.getString("authorization"),
                        d.getBoolean("batch", false))
                : new EventDestination.Poll();
        Instant nextAttempt = d.getDate("nextAttemptAt") == null ? null
                : Instants.toInstant(d.getDate("nextAttemptAt"));
        return new EventStream(new EventStreamId(d.getString("_id")), d.getString("name"),
                EventFormat.fromWireName(d.getString("format")).orElseThrow(), destination, subscriptions,
                d.getString("audience"), EventStreamStatus.fromWireName(d.getString("status")).orElseThrow(),
                d.get("version", Number.class).longValue(),
                new EventDelivery(d.get("failures", Number.class).intValue(), nextAttempt, d.getString("lastError")),
                Instants.toInstant(d.getDate("createdAt")), Instants.toInstant(d.getDate("updatedAt")));
    }
}
