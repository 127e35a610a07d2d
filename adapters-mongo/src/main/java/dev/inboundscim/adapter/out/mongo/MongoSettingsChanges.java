package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.port.out.SettingsFence;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * What PostgreSQL's notifications do for the other store (SPEC §7, issue 20): every write to what authentication,
 * log routing and organization assignment read (tokens, connections, SCIM configurations, log and event streams'
 * routing, organizations' connections) moves a version document, and each process polls that document every
 * {@code period}. A write seen by this driver moves this process's version at once; other processes see it within a
 * poll. The writes are found by a driver {@link CommandListener}, so no repository can forget one.
 *
 * <p>Settings writes are fenced across nodes (docs/scaling.md): each poll is an observation that reads the version
 * and then acknowledges it in {@code settings_observers} (this node's document, with the server's time as
 * {@code seenAt}); the process is live only while its observations keep completing ({@link SettingsFence#trusts}).
 * A settings write, once acknowledged by the server, bumps the version and waits, on the thread that wrote and
 * before the repository returns, until every other live node acknowledged the bumped version or the fence's bound
 * passed.
 *
 * <p>MongoDB change streams would push instead of polling, but need a replica set (and the test stand-in has none);
 * one small read and one small write per poll are cheap. The bump follows the write on the same thread, outside any
 * transaction: a process killed between the two leaves the others unaware of that one change until the next one (a
 * window of one round trip). Live only while polls answer; otherwise every use reads the store, as with no
 * observation at all.
 */
final class MongoSettingsChanges implements SettingsChanges, CommandListener, AutoCloseable {

    static final String COLLECTION = "settings_versions";
    static final String OBSERVERS = "settings_observers";
    /** The default period of the poll of the version document ({@code MONGO_SETTINGS_POLL_MILLIS}). */
    static final Duration DEFAULT_POLL = Duration.ofMillis(250);
    private static final Logger LOG = System.getLogger(MongoSettingsChanges.class.getName());
    private static final String ID = "settings";
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");
    /**
     * The watched collections, each with the fields whose updates change nothing that is read from memory (a
     * token's last use, a log stream's delivery bookkeeping).
     */
    private static final Map<String, Set<String>> WATCHED = Map.of(
            MongoSchema.SCIM_TOKENS, Set.of("lastUsedAt"),
            MongoSchema.CONNECTIONS, Set.of(),
            MongoSchema.SCIM_CONFIGURATIONS, Set.of(),
            MongoSchema.LOG_STREAMS, Set.of("leaseOwner", "leaseUntil", "failures", "nextAttemptAt", "lastError"),
            MongoSchema.EVENT_STREAMS, Set.of("leaseOwner", "leaseUntil", "failures", "nextAttemptAt", "lastError"),
            MongoSchema.ORGANIZATION_CONNECTIONS, Set.of());

    private final AtomicLong version = new AtomicLong();
    private final Set<Integer> pendingWrites = ConcurrentHashMap.newKeySet();
    private final Duration period;
    private final SettingsFence fence;
    private final String nodeId = UUID.randomUUID().toString();
    private volatile MongoCollection<Document> versions;
    private volatile MongoCollection<Document> observers;
    private volatile SettingsFence.Observations observations = SettingsFence.Observations.NONE;
    private volatile boolean closed;
    /** Whether the last look at the registry found another live node (at first, assume so). */
    private volatile boolean othersSeen = true;
    private long lastSeen = Long.MIN_VALUE;
    private Thread poller;

    MongoSettingsChanges(Duration period, SettingsFence fence) {
        if (period.isNegative() || period.isZero() || period.multipliedBy(4).compareTo(fence.bound()) > 0) {
            throw new IllegalArgumentException("The settings poll must be positive and at most a quarter of "
                    + fence.bound().toMillis() + " ms");
        }
        this.period = period;
        this.fence = fence;
    }

    /** Starts polling through {@code client}, which must not be the one this listener watches. */
    void start(MongoClient client, String database) {
        versions = client.getDatabase(database).getCollection(COLLECTION);
        observers = client.getDatabase(database).getCollection(OBSERVERS);
        forgetLongGone();
        // Two observations at once: trusting memory needs two recent ones (SettingsFence#trusts).
        poll();
        poll();
        poller = Thread.ofPlatform().daemon().name("mongo-settings-changes").start(this::pollLoop);
    }

    /** This node's id in {@code settings_observers}. */
    String nodeId() {
        return nodeId;
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public boolean live() {
        return fence.trusts(observations, System.nanoTime());
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (WRITES.contains(event.getCommandName()) && changesSettings(event.getCommandName(), event.getCommand())) {
            pendingWrites.add(event.getRequestId());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (pendingWrites.remove(event.getRequestId())) {
            changed();
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        // A failed write may still have changed some documents (a partial updateMany): count it as a change.
        if (pendingWrites.remove(event.getRequestId())) {
            changed();
        }
    }

    /**
     * This process sees its change at once; the others at their next poll of the bumped version, which this write
     * awaits (the fence) before its caller answers.
     */
    private void changed() {
        version.incrementAndGet();
        MongoCollection<Document> target = versions;
        if (target == null) {
            return;
        }
        Document bumped;
        try {
            bumped = target.findOneAndUpdate(Filters.eq("_id", ID),
                    Updates.combine(Updates.inc("version", 1L), Updates.currentDate("bumpedAt")),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        } catch (RuntimeException e) {
            // The others find out at their next successful poll after any later change; meanwhile, this is logged.
            LOG.log(Level.WARNING, "could not publish a settings change to other processes: " + e.getMessage());
            return;
        }
        awaitAcknowledged(bumped.get("version", Number.class).longValue(), bumped.getDate("bumpedAt"));
    }

    /**
     * Waits until every other node seen within the fence's {@code alive} of the bump (the server's time, as their
     * {@code seenAt}) acknowledged {@code bumpedTo}, or the fence's bound passed since the bump.
     */
    private void awaitAcknowledged(long bumpedTo, Date bumpedAt) {
        long committed = System.nanoTime();
        Date aliveSince = new Date(bumpedAt.getTime() - fence.alive().toMillis());
        try {
            othersSeen = observers.countDocuments(Filters.and(Filters.ne("_id", nodeId),
                    Filters.gt("seenAt", aliveSince)), new CountOptions().limit(1)) > 0;
            if (!othersSeen) {
                return;
            }
            fence.awaitAcknowledged(committed, () -> observers.countDocuments(Filters.and(
                    Filters.ne("_id", nodeId), Filters.gt("seenAt", aliveSince),
                    Filters.lt("observedVersion", bumpedTo)), new CountOptions().limit(1)) > 0,
                    SettingsFence.Ticker.SYSTEM);
        } catch (RuntimeException e) {
            if (othersSeen) {
                LOG.log(Level.WARNING, "could not read which nodes observed a settings change; waiting out the "
                        + "fence's bound instead: " + e.getMessage());
                fence.awaitAcknowledged(committed, () -> true, SettingsFence.Ticker.SYSTEM);
            }
        }
    }

    private boolean changesSettings(String command, BsonDocument body) {
        BsonValue collection = body.get(command);
        if (collection == null || !collection.isString()) {
            return false;
        }
        Set<String> quiet = WATCHED.get(collection.asString().getValue());
        if (quiet == null) {
            return false;
        }
        if (command.equals("update") && !quiet.isEmpty() && body.containsKey("updates")) {
            return body.getArray("updates").stream().anyMatch(u -> touchesOtherThan(u.asDocument().get("u"), quiet));
        }
        if (command.equals("findAndModify") && !quiet.isEmpty() && body.containsKey("update")) {
            return touchesOtherThan(body.get("update"), quiet);
        }
        return true;
    }

    /** Whether an update document sets anything beyond {@code quiet} (a replacement or a pipeline always does). */
    private static boolean touchesOtherThan(BsonValue update, Set<String> quiet) {
        if (update == null || !update.isDocument()) {
            return true;
        }
        BsonDocument operators = update.asDocument();
        for (Map.Entry<String, BsonValue> operator : operators.entrySet()) {
            if (!operator.getKey().startsWith("$") || !operator.getValue().isDocument()) {
                return true;
            }
            if (!quiet.containsAll(operator.getValue().asDocument().keySet())) {
                return true;
            }
        }
        return false;
    }

    private void pollLoop() {
        while (!closed) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            poll();
        }
    }

    /**
     * One observation: reads the version by a command sent after {@code start}, forgets what memory holds if it
     * moved, and only then acknowledges it: an acknowledgement always means memory is current.
     */
    private void poll() {
        long start = System.nanoTime();
        try {
            Document current = versions.find(Filters.eq("_id", ID)).first();
            long seen = current == null ? 0 : current.get("version", Number.class).longValue();
            if (seen != lastSeen) {
                lastSeen = seen;
                version.incrementAndGet();
            }
            if (observations.count() == 0) {
                // Back after an outage: what was read before may be stale.
                version.incrementAndGet();
            }
            observers.updateOne(Filters.eq("_id", nodeId), Updates.combine(Updates.set("observedVersion", seen),
                    Updates.currentDate("seenAt")), new UpdateOptions().upsert(true));
            observations = observations.then(start);
        } catch (RuntimeException e) {
            if (observations.count() > 0) {
                LOG.log(Level.WARNING, "settings changes are not observed until MongoDB answers again: "
                        + e.getMessage());
            }
            observations = SettingsFence.Observations.NONE;
        }
    }

    /** Rows of nodes gone for long: writers ignore them after the fence's {@code alive}; deleted to stay small. */
    private void forgetLongGone() {
        Date longAgo = new Date(System.currentTimeMillis() - Duration.ofHours(1).toMillis());
        observers.deleteMany(Filters.lt("seenAt", longAgo));
    }

    @Override
    public void close() {
        closed = true;
        observations = SettingsFence.Observations.NONE;
        if (poller != null) {
            poller.interrupt();
            try {
                // A poll under way would write this node's row again after its removal below.
                poller.join(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        MongoCollection<Document> registry = observers;
        if (registry != null) {
            try {
                // Writers stop waiting for this node at once rather than after the fence's alive period.
                registry.deleteOne(Filters.eq("_id", nodeId));
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "could not leave the settings registry: " + e.getMessage());
            }
        }
    }
}
