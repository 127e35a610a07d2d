package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A soft-deleted user (SPEC §10) is its own {@code users} document turned, in one single-document operation, into
 * one no read of live users finds: like a tombstone it keeps its {@code connectionId} (the shard key) but leaves the
 * creation order ({@link UserDocuments#live}) and takes placeholder keys (its userName and user-id attribute value
 * are free at once, with plain unique indexes that mongo-java-server honours, where partial ones would not be);
 * unlike a tombstone it keeps its profile, and its connection again and keys under {@code softDeleted}, the fields of
 * the sparse index that the restore and the listing use. Its id stays in the directory, so a create of that id is a
 * conflict until its window closes.
 */
final class SoftDeletedUserDocuments {

    static final String SOFT_DELETED = "softDeleted";
    static final String CONNECTION = SOFT_DELETED + ".connectionId";
    static final String KEY = SOFT_DELETED + ".userIdAttributeKey";
    static final String DELETED_AT = SOFT_DELETED + ".deletedAt";
    static final String RESTORE_UNTIL = SOFT_DELETED + ".restoreUntil";

    private SoftDeletedUserDocuments() {
    }

    /** The change that soft-deletes a live user into {@code write.user()}, with the deletion's log entries. */
    static Bson softDelete(UserWrite.SoftDelete write, List<Document> entries) {
        User kept = write.user();
        Document softDeleted = new Document("connectionId", kept.connectionId().value())
                .append("userNameKey", kept.keys().userName())
                .append("userIdAttributeKey", kept.keys().userIdAttribute())
                .append("deletedAt", Instants.toDate(write.deletedAt()))
                .append("restoreUntil", Instants.toDate(write.restoreUntil()));
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.unset(UserDocuments.SEQ),
                Updates.unset(UserDocuments.PROFILE_CI),
                Updates.unset(UserDocuments.STRINGS),
                Updates.set(UserDocuments.PROFILE, BsonValues.encodeObject(kept.attributes())),
                Updates.set(UserDocuments.USER_NAME_KEY, UserDocuments.key(null, kept.id())),
                Updates.set(UserDocuments.USER_ID_ATTRIBUTE_KEY, UserDocuments.key(null, kept.id())),
                Updates.set(UserDocuments.UPDATED_AT, Instants.toDate(kept.updatedAt())),
                Updates.set(UserDocuments.VERSION, kept.version()),
                Updates.set(SOFT_DELETED, softDeleted)));
        if (!entries.isEmpty()) {
            changes.add(Updates.pushEach(UserDocuments.OUTBOX, entries));
        }
        return Updates.combine(changes);
    }

    /** Finds the soft-deleted version a restore was computed from, while its window is open. */
    static Bson restorable(UserWrite.Restore write) {
        return Filters.and(Filters.eq(UserDocuments.ID, write.user().id().value()),
                Filters.eq(UserDocuments.CONNECTION_ID, write.user().connectionId().value()),
                Filters.eq(CONNECTION, write.user().connectionId().value()),
                Filters.eq(UserDocuments.VERSION, write.deletedVersion()),
                Filters.gt(RESTORE_UNTIL, Instants.toDate(write.restoredAt())));
    }

    /** The change that makes the document live again as {@code write.user()}, at the end of the creation order. */
    static Bson restore(UserWrite.Restore write, long seq, List<Document> entries) {
        User user = write.user();
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set(UserDocuments.CONNECTION_ID, user.connectionId().value()));
        changes.add(Updates.set(UserDocuments.SEQ, seq));
        UserDocuments.replaceable(user).forEach((field, value) -> changes.add(Updates.set(field, value)));
        changes.add(Updates.unset(SOFT_DELETED));
        changes.add(Updates.pushEach(UserDocuments.OUTBOX, entries));
        return Updates.combine(changes);
    }

    static Bson restorableBy(ConnectionId connectionId, String key, Instant now) {
        return Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()),
                Filters.eq(CONNECTION, connectionId.value()), Filters.eq(KEY, key),
                Filters.gt(RESTORE_UNTIL, Instants.toDate(now)));
    }

    /** The soft-deleted users of the connection {@code connectionId}, through the sparse index. */
    static Bson of(ConnectionId connectionId) {
        return Filters.and(Filters.eq(UserDocuments.CONNECTION_ID, connectionId.value()),
                Filters.eq(CONNECTION, connectionId.value()));
    }

    static Bson expiredBy(Instant now) {
        return Filters.and(Filters.exists(SOFT_DELETED, true), Filters.lte(RESTORE_UNTIL, Instants.toDate(now)));
    }

    static SoftDeletedUser softDeletedUser(Document document) {
        Document softDeleted = document.get(SOFT_DELETED, Document.class);
        Document asLive = new Document(document)
                .append(UserDocuments.CONNECTION_ID, softDeleted.getString("connectionId"))
                .append(UserDocuments.USER_NAME_KEY, softDeleted.get("userNameKey"))
                .append(UserDocuments.USER_ID_ATTRIBUTE_KEY, softDeleted.get("userIdAttributeKey"));
        return new SoftDeletedUser(UserDocuments.user(asLive), Instants.toInstant(softDeleted.getDate("deletedAt")),
                Instants.toInstant(softDeleted.getDate("restoreUntil")));
    }

    static boolean isSoftDeleted(Document document) {
        return document.containsKey(SOFT_DELETED);
    }
}
