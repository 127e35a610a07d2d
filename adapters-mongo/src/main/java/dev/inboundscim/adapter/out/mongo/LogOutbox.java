package dev.inboundscim.adapter.out.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Keeps every user change and its log entry together without a transaction: the transactional outbox, inside the
 * user's own document.
 *
 * <p>A user write puts its log entry into the document's {@code pendingLogs} array in the same single-document
 * atomic operation as the change (a delete turns the document into a tombstone that keeps the array), so the change
 * and its entry are stored together or not at all. The entry is then copied into {@code logs} (an insert keyed by
 * the log id, so copying twice is harmless; it carries its routing, see {@link LogDocuments#documents}) and removed
 * from the array, and an emptied tombstone is deleted. If the
 * process dies between these steps the entry waits in the document; {@link #relayPending} finishes the copy, at
 * start and before every log listing, so a reader never sees a change without its entry. A write that failed (lost
 * a version race, broke a unique index) changed no document, so its entry was never stored anywhere.
 */
final class LogOutbox {

    private static final Logger LOG = System.getLogger(LogOutbox.class.getName());
    private static final String PENDING_IDS = UserDocuments.OUTBOX + "._id";
    private static final int BATCH = 100;

    private final MongoCollection<Document> users;
    private final MongoCollection<Document> logs;
    /** The id directory whose entry goes with a deleted tombstone, or null (role assignments have none). */
    private final IdDirectory directory;

    LogOutbox(MongoCollection<Document> users, MongoCollection<Document> logs, IdDirectory directory) {
        this.users = users;
        this.logs = logs;
        this.directory = directory;
    }

    /**
     * Copies one entry that a write just stored in the user's outbox and clears it there. Failing here loses
     * nothing (the entry stays in the outbox for the next relay), so the write that stored it still succeeded.
     */
    void deliver(String connectionId, String userId, Document entry) {
        try {
            copy(entry);
            users.updateOne(document(connectionId, userId),
                    Updates.pull(UserDocuments.OUTBOX, new Document("_id", entry.getString("_id"))));
        } catch (MongoException e) {
            deferred(userId, e);
        }
    }

    /**
     * Copies every entry of {@code userDocument}'s outbox, then clears them, or deletes it if it is a tombstone;
     * false when the store failed on the way (the rest waits for the next relay).
     */
    boolean relay(Document userDocument) {
        String userId = userDocument.getString(UserDocuments.ID);
        try {
            List<Object> ids = new ArrayList<>();
            for (Document entry : userDocument.getList(UserDocuments.OUTBOX, Document.class, List.of())) {
                copy(entry);
                ids.add(entry.get("_id"));
            }
            String connectionId = userDocument.getString(UserDocuments.CONNECTION_ID);
            if (UserDocuments.isTombstone(userDocument)) {
                deleteTombstone(connectionId, userId);
            } else if (!ids.isEmpty()) {
                users.updateOne(document(connectionId, userId),
                        Updates.pull(UserDocuments.OUTBOX, new Document("_id", new Document("$in", ids))));
            }
            return true;
        } catch (MongoException e) {
            deferred(userId, e);
            return false;
        }
    }

    /**
     * Deletes a tombstone whose entries were all copied (a tombstone never changes, so they are all it held), then
     * its id's directory entry, read before: a create that claimed the id since keeps its own.
     */
    private void deleteTombstone(String connectionId, String id) {
        IdDirectory.Entry entry = directory == null ? null : directory.entry(id)
                .filter(e -> e.connectionId().equals(connectionId)).orElse(null);
        if (users.deleteOne(UserDocuments.tombstoneOf(connectionId, id)).getDeletedCount() == 1 && entry != null) {
            directory.remove(entry);
        }
    }

    /** The document {@code id} of the connection {@code connectionId}. */
    private static Bson document(String connectionId, String id) {
        return Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId), Filters.eq(UserDocuments.ID, id));
    }

    /** Relays the tombstone a delete just left, unless another relay got to it first. */
    void relayTombstone(String connectionId, String userId) {
        try {
            Document tombstone = users.find(UserDocuments.tombstoneOf(connectionId, userId)).first();
            if (tombstone != null) {
                relay(tombstone);
            }
        } catch (MongoException e) {
            deferred(userId, e);
        }
    }

    /**
     * Relays every user document within {@code scope} that still has pending entries or is a tombstone (both found
     * through an index: the multikey one on the outbox's ids, the sparse one on {@code deletedFrom}).
     */
    void relayPending(Bson scope) {
        Bson pending = Filters.and(scope, Filters.or(Filters.type(PENDING_IDS, BsonType.STRING),
                Filters.exists(UserDocuments.DELETED_FROM, true)));
        while (true) {
            FindIterable<Document> found = users.find(pending).limit(BATCH);
            if (scope instanceof Document everywhere && everywhere.isEmpty()) {
                // The relay of every connection's outboxes: a scatter-gather on a sharded cluster (docs/scaling.md).
                found = found.comment("all connections: outbox relay");
            }
            List<Document> batch = found.into(new ArrayList<>());
            boolean allRelayed = true;
            for (Document document : batch) {
                allRelayed &= relay(document);
            }
            // Stop when a batch was short (done) or partly failed (the store is in trouble: retry on a later relay).
            if (batch.size() < BATCH || !allRelayed) {
                return;
            }
        }
    }

    void relayAllPending() {
        relayPending(new Document());
    }

    private void copy(Document entry) {
        try {
            logs.insertOne(entry);
        } catch (MongoException e) {
            if (!MongoErrors.duplicateKeyIndex(e).filter(MongoErrors.ID_INDEX::equals).isPresent()) {
                throw e;
            }
            // Copied before, by another relay or by a run that stopped before clearing the outbox.
        }
    }

    private static void deferred(String userId, MongoException failure) {
        LOG.log(Level.WARNING, "Log entries of user " + userId + " stay in its outbox until the next relay: "
                + failure.getMessage());
    }
}
