package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Maps {@link User} to a {@code users} document and back. Every document keeps its {@code connectionId}, the shard
 * key (docs/scaling.md); a live user has a place in the creation order ({@code seq}), which a deleted one, a
 * tombstone until its outbox is emptied (see {@link LogOutbox}), and a soft-deleted one leave.
 */
final class UserDocuments {

    static final String ID = "_id";
    static final String CONNECTION_ID = "connectionId";
    static final String SEQ = "seq";
    static final String PROFILE = "profile";
    static final String PROFILE_CI = "profileCi";
    static final String STRINGS = "strings";
    static final String IDENTITIES = "identities";
    static final String USER_NAME_KEY = "userNameKey";
    static final String USER_ID_ATTRIBUTE_KEY = "userIdAttributeKey";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";
    static final String DELETED_FROM = "deletedFrom";
    static final String OUTBOX = "pendingLogs";
    /**
     * Reads that map a document to a user or group leave its outbox behind: it may hold many entries waiting for
     * their relay, and none of them is part of the resource. (mongo-java-server, the stand-in of the tests, also
     * answers a projected read with a copy instead of the stored document, which a concurrent update could change
     * while the answer is being encoded.)
     */
    static final Bson WITHOUT_OUTBOX = Projections.exclude(OUTBOX);

    private UserDocuments() {
    }

    /**
     * The condition every read of live users or groups adds: a place in the creation order. Tombstones and
     * soft-deleted users keep their connection but no {@code seq}, so this bound, unlike {@code $exists} on a
     * marker, is a range of the {@code (connectionId, seq)} index and a connection's count stays an index count.
     */
    static Bson live() {
        return Filters.gte(SEQ, 0L);
    }

    /** The live document {@code id} of the connection {@code connectionId}. */
    static Bson liveDocument(String connectionId, String id) {
        return Filters.and(Filters.eq(ID, id), Filters.eq(CONNECTION_ID, connectionId), live());
    }

    /** A new live user whose outbox holds the log entry of its creation. */
    static Document insert(User user, long seq, List<Document> logs) {
        Document document = new Document(ID, user.id().value())
                .append(CONNECTION_ID, user.connectionId().value())
                .append(SEQ, seq);
        document.putAll(replaceable(user));
        return document.append(CREATED_AT, Instants.toDate(user.createdAt()))
                .append(OUTBOX, logs);
    }

    /** Every field a replacement rewrites: what {@code $set} writes on update. */
    static Document replaceable(User user) {
        return new Document(PROFILE, BsonValues.encodeObject(user.attributes()))
                .append(PROFILE_CI, BsonValues.encodeCanonicalObject(user.attributes()))
                .append(STRINGS, strings(user))
                .append(IDENTITIES, identities(user))
                .append(USER_NAME_KEY, key(user.keys().userName(), user.id()))
                .append(USER_ID_ATTRIBUTE_KEY, key(user.keys().userIdAttribute(), user.id()))
                .append(UPDATED_AT, Instants.toDate(user.updatedAt()))
                .append(VERSION, user.version());
    }

    /**
     * The stored unique key: the canonical text, or for a user without one a value unique to the user. MongoDB's
     * unique indexes treat a missing field as null and would let only one user per connection lack a key; partial
     * indexes would fix that, but mongo-java-server ignores their filter. A document never equals a string, so the
     * placeholder can match no lookup.
     */
    static Object key(String canonical, UserId id) {
        return canonical != null ? canonical : new Document("none", id.value());
    }

    /**
     * Turns a user into a tombstone: its connection kept (it stays in the connection's shard) but no place in the
     * creation order (so no read of live users finds it, {@link #live}), {@code deletedFrom} marking it, placeholder
     * keys (so its userName and user-id attribute value are free at once), and its outbox with the entries of the
     * deletion, if any.
     */
    static Bson tombstone(ConnectionId connectionId, UserId id, long version, List<Document> entries) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.unset(SEQ),
                Updates.unset(PROFILE),
                Updates.unset(PROFILE_CI),
                Updates.unset(STRINGS),
                Updates.unset(IDENTITIES),
                Updates.set(DELETED_FROM, connectionId.value()),
                Updates.set(USER_NAME_KEY, key(null, id)),
                Updates.set(USER_ID_ATTRIBUTE_KEY, key(null, id)),
                Updates.set(VERSION, version)));
        if (!entries.isEmpty()) {
            changes.add(Updates.pushEach(OUTBOX, entries));
        }
        return Updates.combine(changes);
    }

    static User user(Document document) {
        List<Identity> identities = new ArrayList<>();
        for (Document identity : document.getList(IDENTITIES, Document.class, List.of())) {
            identities.add(new Identity(identity.getString("connection"), identity.getString("provider"),
                    identity.getString("user_id"), Boolean.TRUE.equals(identity.getBoolean("isSocial"))));
        }
        return new User(new UserId(document.getString(ID)), new ConnectionId(document.getString(CONNECTION_ID)),
                BsonValues.decodeObject(document.get(PROFILE, Document.class)), identities,
                new UserKeys(stringOrNull(document.get(USER_NAME_KEY)),
                        stringOrNull(document.get(USER_ID_ATTRIBUTE_KEY))),
                Instants.toInstant(document.getDate(CREATED_AT)), Instants.toInstant(document.getDate(UPDATED_AT)),
                document.get(VERSION, Number.class).longValue());
    }

    /** A deleted user's or group's document waiting for its outbox to be emptied; a soft-deleted user's is none. */
    static boolean isTombstone(Document document) {
        return document.containsKey(DELETED_FROM);
    }

    /** The tombstone {@code id} of the connection {@code connectionId}. */
    static Bson tombstoneOf(String connectionId, String id) {
        return Filters.and(Filters.eq(ID, id), Filters.eq(CONNECTION_ID, connectionId),
                Filters.exists(DELETED_FROM, true));
    }

    private static String stringOrNull(Object value) {
        return value instanceof String text ? text : null;
    }

    private static List<Document> identities(User user) {
        List<Document> identities = new ArrayList<>();
        for (Identity identity : user.identities()) {
            identities.add(new Document("connection", identity.connection())
                    .append("provider", identity.provider())
                    .append("user_id", identity.userId())
                    .append("isSocial", identity.isSocial()));
        }
        return identities;
    }

    /**
     * Every canonical string of the profile and the lower-cased user id: what the Management API's text search looks
     * through, as PostgreSQL's adapter looks through {@code profile_ci} and {@code lower(user_id)}.
     */
    private static List<String> strings(User user) {
        Set<String> strings = new LinkedHashSet<>();
        strings.add(user.id().value().toLowerCase(Locale.ROOT));
        BsonValues.collectCanonicalStrings(user.attributes(), strings);
        return List.copyOf(strings);
    }

    /** PostgreSQL cannot store NUL characters; refusing them here keeps the two stores' answers the same. */
    static void requireStorable(User user) {
        if (hasNul(user)) {
            throw BadRequestException.invalidValue("Attribute values must not contain the NUL character");
        }
    }

    /** Whether a NUL character is anywhere in the user. */
    static boolean hasNul(User user) {
        return BsonValues.hasNul(user.attributes()) || BsonValues.hasNul(user.keys().userName())
                || BsonValues.hasNul(user.keys().userIdAttribute())
                || user.identities().stream().anyMatch(i -> BsonValues.hasNul(i.connection())
                        || BsonValues.hasNul(i.provider()) || BsonValues.hasNul(i.userId()));
    }
}
