package dev.inboundscim.adapter.out.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@code group_members} collection: one document per membership, so a change touches only the memberships it
 * names. Each carries its group's connection, and every read and write names it (docs/scaling.md). Applying a delta is idempotent (inserting an existing membership and deleting a missing one are no-ops),
 * which is what lets a stopped process's half-applied delta simply be applied again.
 */
final class GroupMemberships {

    /** The comment of the start-up repairs, which read every connection's groups on purpose (docs/scaling.md). */
    static final String START_UP = "all connections: start-up repair";

    private final MongoCollection<Document> memberships;
    private final MongoCollection<Document> groups;

    GroupMemberships(MongoCollection<Document> memberships, MongoCollection<Document> groups) {
        this.memberships = memberships;
        this.groups = groups;
    }

    /** The memberships of the group {@code groupId} of {@code connectionId}: every filter names the connection. */
    private static Bson ofGroup(String connectionId, String groupId) {
        return Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId),
                Filters.eq(GroupDocuments.MEMBER_GROUP, groupId));
    }

    void apply(String connectionId, String groupId, MembershipChange change) {
        List<String> added = GroupDocuments.ids(change.added());
        if (change.replaceAll()) {
            memberships.deleteMany(Filters.and(ofGroup(connectionId, groupId),
                    Filters.nin(GroupDocuments.MEMBER_USER, added)));
        } else if (!change.removed().isEmpty()) {
            memberships.deleteMany(Filters.and(ofGroup(connectionId, groupId),
                    Filters.in(GroupDocuments.MEMBER_USER, GroupDocuments.ids(change.removed()))));
        }
        if (added.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(added.size());
        added.forEach(userId -> documents.add(GroupDocuments.membership(connectionId, groupId, userId)));
        try {
            memberships.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != MongoErrors.DUPLICATE_KEY) {
                    throw e;
                }
            }
            // Every failure was a membership that already existed: the delta holds.
        }
    }

    /** Which of {@code users} are members of the group now. */
    Set<String> membersAmong(String connectionId, String groupId, Set<UserId> users) {
        Set<String> found = new HashSet<>();
        if (users.isEmpty()) {
            return found;
        }
        memberships.find(Filters.and(ofGroup(connectionId, groupId),
                        Filters.in(GroupDocuments.MEMBER_USER, GroupDocuments.ids(users))))
                .projection(Projections.include(GroupDocuments.MEMBER_USER))
                .forEach(d -> found.add(d.getString(GroupDocuments.MEMBER_USER)));
        return found;
    }

    /** The groups of the user {@code userId} of {@code connectionId}. */
    List<String> groupIdsOf(String connectionId, String userId) {
        List<String> ids = new ArrayList<>();
        memberships.find(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId),
                        Filters.eq(GroupDocuments.MEMBER_USER, userId)))
                .projection(Projections.include(GroupDocuments.MEMBER_GROUP))
                .forEach(d -> ids.add(d.getString(GroupDocuments.MEMBER_GROUP)));
        return ids;
    }

    /** The distinct users of the memberships of {@code groupIds}; reading stops once there are {@code most}. */
    Set<String> membersOf(String connectionId, List<String> groupIds, int most) {
        Set<String> ids = new LinkedHashSet<>();
        try (MongoCursor<Document> cursor = memberships.find(Filters.and(
                        Filters.eq(GroupDocuments.CONNECTION_ID, connectionId),
                        Filters.in(GroupDocuments.MEMBER_GROUP, groupIds)))
                .projection(Projections.include(GroupDocuments.MEMBER_USER)).iterator()) {
            while (ids.size() < most && cursor.hasNext()) {
                ids.add(cursor.next().getString(GroupDocuments.MEMBER_USER));
            }
        }
        return ids;
    }

    /**
     * Takes a deleted user out of its groups: each membership goes, then its group's count drops and its version
     * moves (relative updates, so a concurrent group write, guarded by the version, simply retries). A stop in
     * between leaves a count one too high, which {@link #recount} repairs at start.
     */
    void leaveAll(String connectionId, String userId, Instant now) {
        for (String groupId : groupIdsOf(connectionId, userId)) {
            if (memberships.deleteOne(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId),
                    Filters.eq(GroupDocuments.ID, GroupDocuments.membershipId(groupId, userId))))
                    .getDeletedCount() == 1) {
                groups.updateOne(UserDocuments.liveDocument(connectionId, groupId), Updates.combine(
                        Updates.inc(GroupDocuments.MEMBER_COUNT, -1), Updates.inc(GroupDocuments.VERSION, 1),
                        Updates.set(GroupDocuments.UPDATED_AT, Instants.toDate(now))));
            }
        }
    }

    /** The user ids of one page of the group's memberships after {@code after} (null: the first), in user id order. */
    List<String> page(String connectionId, String groupId, String after, int limit) {
        List<String> ids = new ArrayList<>();
        Bson range = after == null ? ofGroup(connectionId, groupId)
                : Filters.and(ofGroup(connectionId, groupId), Filters.gt(GroupDocuments.MEMBER_USER, after));
        memberships.find(range).sort(Sorts.ascending(GroupDocuments.MEMBER_USER)).limit(limit)
                .projection(Projections.include(GroupDocuments.MEMBER_USER))
                .forEach(d -> ids.add(d.getString(GroupDocuments.MEMBER_USER)));
        return ids;
    }

    void removeGroup(String connectionId, String groupId) {
        memberships.deleteMany(ofGroup(connectionId, groupId));
    }

    /**
     * Gives the memberships an earlier version stored without their connection the connection of their group (live
     * or a tombstone): run at start, before anything reads them by connection. Memberships of a group that is gone
     * altogether are left alone (no filter reaches them).
     */
    void addConnections() {
        Bson withoutConnection = Filters.exists(GroupDocuments.CONNECTION_ID, false);
        if (memberships.find(withoutConnection).comment(START_UP).limit(1).first() == null) {
            return;
        }
        groups.find(Filters.or(Filters.exists(GroupDocuments.CONNECTION_ID, true),
                        Filters.exists(GroupDocuments.DELETED_FROM, true))).comment(START_UP)
                .projection(Projections.include(GroupDocuments.CONNECTION_ID, GroupDocuments.DELETED_FROM))
                .forEach(group -> {
                    String connectionId = group.getString(GroupDocuments.CONNECTION_ID) != null
                            ? group.getString(GroupDocuments.CONNECTION_ID)
                            : group.getString(GroupDocuments.DELETED_FROM);
                    memberships.updateMany(Filters.and(Filters.eq(GroupDocuments.MEMBER_GROUP,
                                    group.getString(GroupDocuments.ID)), withoutConnection),
                            Updates.set(GroupDocuments.CONNECTION_ID, connectionId),
                            new UpdateOptions().comment(START_UP));
                });
    }

    /** Sets every live group's count to its membership documents' count: repairs what a stop left behind. */
    void recount() {
        groups.find(UserDocuments.live()).comment(START_UP)
                .projection(Projections.include(GroupDocuments.MEMBER_COUNT, GroupDocuments.CONNECTION_ID))
                .forEach(group -> {
                    String id = group.getString(GroupDocuments.ID);
                    String connectionId = group.getString(GroupDocuments.CONNECTION_ID);
                    long actual = memberships.countDocuments(ofGroup(connectionId, id));
                    if (actual != group.get(GroupDocuments.MEMBER_COUNT, Number.class).longValue()) {
                        groups.updateOne(Filters.and(Filters.eq(GroupDocuments.CONNECTION_ID, connectionId),
                                Filters.eq(GroupDocuments.ID, id),
                                Filters.exists(GroupDocuments.PENDING, false)),
                                Updates.set(GroupDocuments.MEMBER_COUNT, actual));
                    }
                });
    }
}
