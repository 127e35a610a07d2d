package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process that stops between a user write and the copy of its log entry: the entry waits in the user's outbox
 * and reaches {@code logs} on the next log read or start, exactly once; a tombstone left behind never blocks the id.
 * The stopped process is simulated by writing what it would have left, straight into the collections.
 */
class MongoLogOutboxTest {

    private static final LogIds LOG_IDS = new LogIds();

    private final MongoStore store = TestMongo.store();
    private MongoClient client;
    private MongoCollection<Document> users;
    private Connection connection;

    @BeforeEach
    void open() {
        TestMongo.Coordinates mongo = TestMongo.coordinates();
        client = MongoClients.create(mongo.uri());
        users = client.getDatabase(mongo.database()).getCollection(MongoSchema.USERS);
        connection = Connection.create(new ConnectionName(RandomIds.alphanumeric("outbox-", 12)), Strategy.OKTA,
                null, Instant.now());
        store.repositories().connections().insert(connection);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private User user(String key) {
        Instant now = Instant.ofEpochMilli(Instant.now().toEpochMilli());
        return new User(UserId.of(Strategy.OKTA, connection.name(), key), connection.id(),
                ScimObject.builder().put("given_name", key).build(), List.of(), UserKeys.of(key, key), now, now, 1);
    }

    private LogEntry log(User user) {
        Instant now = Instant.ofEpochMilli(Instant.now().toEpochMilli());
        return new LogEntry(LOG_IDS.next(now), LogType.SSCIM, now, connection.id().value(), "Write", null, null,
                user.id().value(), ScimObject.EMPTY);
    }

    /** The entry as the application routes it when no stream exists. */
    private static List<RoutedLogEntry> routed(LogEntry entry) {
        return List.of(RoutedLogEntry.route(entry, List.of()));
    }

    private void insert(User user, LogEntry entry) {
        store.repositories().users().insert(new UserWrite.Insert(user, List.of(), routed(entry)));
    }

    private List<LogEntry> logs() {
        return store.repositories().logs().list(LogQuery.newest(null, connection.id().value(), null, 100));
    }

    @Test
    void anEntryLeftInTheOutboxReachesTheLogOnTheNextReadExactlyOnce() {
        User user = user("stopped");
        LogEntry entry = log(user);
        // The id was claimed and the insert landed; the process stopped before confirming the claim and copying the
        // entry.
        new IdDirectory(client.getDatabase(TestMongo.coordinates().database())
                .getCollection(MongoSchema.USER_CONNECTIONS)).claim(user.id().value(), connection.id().value(),
                user.createdAt(), (connectionId, id, now) -> true).orElseThrow();
        users.insertOne(UserDocuments.insert(user, Long.MAX_VALUE - 1, List.of(LogDocuments.document(entry))));

        assertEquals(List.of(entry), logs());
        assertEquals(List.of(entry), logs(), "copied once");
        assertEquals(List.of(), users.find(Filters.eq("_id", user.id().value())).first()
                .getList(UserDocuments.OUTBOX, Document.class));
        assertEquals(Optional.of(user), store.repositories().users().findById(user.id()));
    }

    @Test
    void anEntryAlreadyCopiedButNotClearedIsNotCopiedTwice() {
        User user = user("copied");
        LogEntry entry = log(user);
        insert(user, entry);
        // As if the copy succeeded and the process stopped before clearing the outbox.
        users.updateOne(Filters.eq("_id", user.id().value()),
                Updates.push(UserDocuments.OUTBOX, LogDocuments.document(entry)));

        assertEquals(List.of(entry), logs());
    }

    @Test
    void aTombstoneLeftBehindIsClearedAndFreesTheIdAndKeys() {
        User user = user("deleted");
        insert(user, log(user));
        LogEntry deletion = log(user);
        // The delete landed as a tombstone; the process stopped before copying its entry and removing it.
        users.updateOne(Filters.eq("_id", user.id().value()),
                UserDocuments.tombstone(connection.id(), user.id(), 2, List.of(LogDocuments.document(deletion))));

        assertEquals(Optional.empty(), store.repositories().users().findById(user.id()));
        User again = user("deleted");
        LogEntry recreation = log(again);
        insert(again, recreation);

        assertEquals(Optional.of(again), store.repositories().users().findById(again.id()));
        List<LogEntry> logs = logs();
        assertTrue(logs.contains(deletion), "the deletion's entry survived: " + logs);
        assertEquals(recreation, logs.getFirst());
    }

    @Test
    void aTombstoneIsClearedOnTheNextRead() {
        User user = user("gone");
        insert(user, log(user));
        LogEntry deletion = log(user);
        users.updateOne(Filters.eq("_id", user.id().value()),
                UserDocuments.tombstone(connection.id(), user.id(), 2, List.of(LogDocuments.document(deletion))));

        assertEquals(deletion, logs().getFirst());
        assertNull(users.find(Filters.eq("_id", user.id().value())).first(), "tombstone removed");
    }

    @Test
    void aSuccessfulWriteLeavesNothingInTheOutbox() {
        User user = user("clean");
        insert(user, log(user));
        store.repositories().users().update(new UserWrite.Update(user.replaced(user.attributes(), user.keys(),
                user.updatedAt()),
                routed(log(user))));

        Document stored = users.find(Filters.eq("_id", user.id().value())).first();
        assertEquals(List.of(), stored.getList(UserDocuments.OUTBOX, Document.class));
        assertEquals(2, logs().size());
    }

    @Test
    void deletingAConnectionCopiesWaitingEntriesBeforeRemovingItsUsers() {
        User user = user("cascade");
        LogEntry entry = log(user);
        users.insertOne(UserDocuments.insert(user, Long.MAX_VALUE - 2, List.of(LogDocuments.document(entry))));

        store.repositories().connections().delete(connection.id());

        assertEquals(Optional.empty(), store.repositories().users().findById(user.id()));
        assertEquals(List.of(entry), logs());
    }
}
