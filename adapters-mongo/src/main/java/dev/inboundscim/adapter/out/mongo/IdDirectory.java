package dev.inboundscim.adapter.out.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.inboundscim.domain.id.RandomIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The connection of every user id ({@code user_connections}) or group id ({@code group_connections}), as on
 * PostgreSQL (V21): a caller that knows only the id reads its connection here, then the per-connection collection
 * with both keys; and the entry's {@code _id} keeps ids unique across connections, which {@code _id} of a sharded
 * {@code users} or {@code groups} collection does only per shard (docs/scaling.md).
 *
 * <p>Without transactions the entry is written before the document it names and confirmed after it: a create
 * {@link #claim claims} the id (an entry with a fresh {@code token} and {@code claimedAt}), inserts its document, then
 * {@link #confirm confirms} the claim (unsets {@code claimedAt}). A stop in between leaves an entry naming no
 * document, which misleads no one: readers always read the document too, and a later claim takes the entry over once
 * the connection it names holds no document of that id. A claim still under way is never taken over before
 * {@link #ABANDONED} has passed, and a takeover replaces the token, so the slow create's confirmation fails and it
 * takes its document back: of two creates of one id, one wins.
 */
final class IdDirectory {

    /** How long a claim may wait for its confirmation before another create may take the id over. */
    static final Duration ABANDONED = Duration.ofMinutes(1);
    private static final String TOKEN = "token";
    private static final String CLAIMED_AT = "claimedAt";
    private static final int ATTEMPTS = 8;

    /** What holds an id in a connection, cleared first if it is only a leftover (a tombstone, an expired user). */
    @FunctionalInterface
    interface Holders {
        /** True when no document of {@code connectionId} holds {@code id} (after removing leftovers at {@code now}). */
        boolean free(String connectionId, String id, Instant now);
    }

    /** A claim on an id, to be confirmed once its document is stored or released when it was not. */
    record Claim(String id, String connectionId, String token) {
    }

    /** An entry as read: the connection, and the token that a takeover or a removal must still find. */
    record Entry(String id, String connectionId, String token, Instant claimedAt) {
        boolean claimed() {
            return claimedAt != null;
        }
    }

    private final MongoCollection<Document> entries;

    IdDirectory(MongoCollection<Document> entries) {
        this.entries = entries;
    }

    /** The connection of {@code id}; empty when no entry has it (an entry may name a document since gone). */
    Optional<String> connectionOf(String id) {
        return entry(id).map(Entry::connectionId);
    }

    Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.find(Filters.eq("_id", id)).first()).map(IdDirectory::entry);
    }

    /** The connections of {@code ids}, by id (ids without an entry are absent). */
    Map<String, String> connectionsOf(Collection<String> ids) {
        Map<String, String> connections = new HashMap<>();
        if (!ids.isEmpty()) {
            entries.find(Filters.in("_id", ids)).projection(Projections.include(MongoSchema.CONNECTION_ID_FIELD))
                    .forEach(e -> connections.put(e.getString("_id"), e.getString(MongoSchema.CONNECTION_ID_FIELD)));
        }
        return connections;
    }

    /**
     * Claims {@code id} for {@code connectionId}: a new entry, or the existing one taken over when the connection it
     * names holds no document of that id any more ({@code holders}) and no other create's claim is under way. Empty
     * when the id is taken.
     */
    Optional<Claim> claim(String id, String connectionId, Instant now, Holders holders) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Claim claim = new Claim(id, connectionId, RandomIds.alphanumeric("", 16));
            Optional<Entry> existing = entry(id);
            if (existing.isEmpty()) {
                if (insert(claim, now)) {
                    return Optional.of(claim);
                }
                continue;
            }
            Entry entry = existing.get();
            if (entry.claimed() && !abandoned(entry, now)) {
                return Optional.empty();
            }
            if (!holders.free(entry.connectionId(), id, now)) {
                return Optional.empty();
            }
            if (entries.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(TOKEN, entry.token())),
                    Updates.combine(Updates.set(MongoSchema.CONNECTION_ID_FIELD, connectionId),
                            Updates.set(TOKEN, claim.token()), Updates.set(CLAIMED_AT, Instants.toDate(now))))
                    .getMatchedCount() == 1) {
                return Optional.of(claim);
            }
            // Another create or a removal changed the entry since it was read: decide again on a fresh read.
        }
        return Optional.empty();
    }

    /** Confirms a claim whose document is stored; false when a takeover replaced it (the document must go). */
    boolean confirm(Claim claim) {
        return entries.updateOne(Filters.and(Filters.eq("_id", claim.id()), Filters.eq(TOKEN, claim.token())),
                Updates.unset(CLAIMED_AT)).getMatchedCount() == 1;
    }

    /** Gives up a claim whose document could not be stored. */
    void release(Claim claim) {
        entries.deleteOne(Filters.and(Filters.eq("_id", claim.id()), Filters.eq(TOKEN, claim.token())));
    }

    /**
     * Removes {@code entry}, read before its document was deleted, unless a create claimed the id since: a claim
     * replaces the token, and one under way is never removed.
     */
    void remove(Entry entry) {
        entries.deleteOne(Filters.and(Filters.eq("_id", entry.id()), Filters.eq(TOKEN, entry.token()),
                Filters.exists(CLAIMED_AT, false)));
    }

    /** Removes the entries of a deleted connection (its cascade). */
    void removeConnection(String connectionId) {
        entries.deleteMany(Filters.eq(MongoSchema.CONNECTION_ID_FIELD, connectionId));
    }

    /**
     * Registers the ids (to their connections) that an earlier version stored without entries: a start-up repair.
     * Entries that exist stay as they are.
     */
    void registerAll(Map<String, String> connectionsById) {
        if (connectionsById.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(connectionsById.size());
        connectionsById.forEach((id, connectionId) -> documents.add(new Document("_id", id)
                .append(MongoSchema.CONNECTION_ID_FIELD, connectionId).append(TOKEN, RandomIds.alphanumeric("", 16))));
        try {
            entries.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != MongoErrors.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    /** The connections that entries name: a start-up repair looks for connections that are gone. */
    List<String> connections() {
        return entries.distinct(MongoSchema.CONNECTION_ID_FIELD, String.class).into(new ArrayList<>());
    }

    private boolean insert(Claim claim, Instant now) {
        try {
            entries.insertOne(new Document("_id", claim.id())
                    .append(MongoSchema.CONNECTION_ID_FIELD, claim.connectionId())
                    .append(TOKEN, claim.token())
                    .append(CLAIMED_AT, Instants.toDate(now)));
            return true;
        } catch (RuntimeException e) {
            if (MongoErrors.duplicateKeyIndex(e).filter(MongoErrors.ID_INDEX::equals).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private static boolean abandoned(Entry entry, Instant now) {
        return !entry.claimedAt().plus(ABANDONED).isAfter(now);
    }

    private static Entry entry(Document document) {
        return new Entry(document.getString("_id"), document.getString(MongoSchema.CONNECTION_ID_FIELD),
                document.getString(TOKEN), Instants.toInstant(document.getDate(CLAIMED_AT)));
    }
}
