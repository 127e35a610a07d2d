package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.inboundscim.application.port.out.SettingsChanges;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * What PostgreSQL's notifications do for the other store (SPEC §7, issue 20): every write to what authentication,
 * log routing and organization assignment read (tokens, connections, SCIM configurations, log and event streams'
 * routing, organizations' connections) moves a version document, and each process polls that document every
 * {@link #POLL}. A write seen by this driver moves this process's version at once; other processes see it within a
 * poll. The writes are found by a driver {@link CommandListener}, so no repository can forget one.
 *
 * <p>MongoDB change streams would push instead of polling, but need a replica set (and the test stand-in has none);
 * one small read every 250 ms is cheap. The bump follows the write on the same thread, outside any transaction: a
 * process killed between the two leaves the others unaware of that one change until the next one (a window of one
 * round trip). Live only while polls answer; otherwise every use reads the store, as with no observation at all.
 */
final class MongoSettingsChanges implements SettingsChanges, CommandListener, AutoCloseable {

    static final String COLLECTION = "settings_versions";
    private static final Logger LOG = System.getLogger(MongoSettingsChanges.class.getName());
    private static final String ID = "settings";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STALE_AFTER = Duration.ofSeconds(2);
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
    private volatile MongoCollection<Document> versions;
    private volatile long lastSeen = Long.MIN_VALUE;
    private volatile long lastAnswerNanos;
    private volatile boolean closed;
    private Thread poller;

    /** Starts polling through {@code client}, which must not be the one this listener watches. */
    void start(MongoClient client, String database) {
        versions = client.getDatabase(database).getCollection(COLLECTION);
        poll();
        poller = Thread.ofPlatform().daemon().name("mongo-settings-changes").start(this::pollLoop);
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public boolean live() {
        return versions != null && System.nanoTime() - lastAnswerNanos < STALE_AFTER.toNanos();
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

    /** This process sees its change at once; the others at their next poll of the bumped version. */
    private void changed() {
        version.incrementAndGet();
        MongoCollection<Document> target = versions;
        if (target == null) {
            return;
        }
        try {
            target.updateOne(Filters.eq("_id", ID), Updates.inc("version", 1L), new UpdateOptions().upsert(true));
        } catch (RuntimeException e) {
            // The others find out at their next successful poll after any later change; meanwhile, this is logged.
            LOG.log(Level.WARNING, "could not publish a settings change to other processes: " + e.getMessage());
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
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
            poll();
        }
    }

    private void poll() {
        try {
            Document current = versions.find(Filters.eq("_id", ID)).first();
            long seen = current == null ? 0 : current.get("version", Number.class).longValue();
            if (seen != lastSeen) {
                lastSeen = seen;
                version.incrementAndGet();
            }
            if (!live()) {
                // Back after an outage: what was read before may be stale.
                version.incrementAndGet();
            }
            lastAnswerNanos = System.nanoTime();
        } catch (RuntimeException e) {
            if (live()) {
                LOG.log(Level.WARNING, "settings changes are not observed until MongoDB answers again: "
                        + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (poller != null) {
            poller.interrupt();
        }
    }
}
