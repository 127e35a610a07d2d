package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The fields of a group document and of a membership document. Groups share the user documents' names for the
 * connection, the outbox and the tombstone marker, so one {@link LogOutbox} implementation relays either.
 *
 * <p>A group: {@code _id}, {@code connectionId}, {@code seq}, {@code displayName}, {@code displayNameKey},
 * {@code externalId}, {@code memberCount}, {@code createdAt}, {@code updatedAt}, {@code version}, {@code pendingLogs},
 * and, while a membership change is being applied, {@code pendingMembership}. A membership: {@code _id} =
 * group id + ":" + user id (group ids never hold ":"), {@code groupId}, {@code userId}.
 */
final class GroupDocuments {

    static final String ID = UserDocuments.ID;
    static final String CONNECTION_ID = UserDocuments.CONNECTION_ID;
    static final String OUTBOX = UserDocuments.OUTBOX;
    static final String DELETED_FROM = UserDocuments.DELETED_FROM;
    static final String SEQ = "seq";
    static final String DISPLAY_NAME = "displayName";
    static final String DISPLAY_NAME_KEY = "displayNameKey";
    static final String EXTERNAL_ID = "externalId";
    static final String MEMBER_COUNT = "memberCount";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";
    static final String PENDING = "pendingMembership";

    static final String MEMBER_GROUP = "groupId";
    static final String MEMBER_USER = "userId";

    private GroupDocuments() {
    }

    static Document insert(Group group, long seq, List<Document> logs) {
        return new Document(ID, group.id().value())
                .append(CONNECTION_ID, group.connectionId().value())
                .append(SEQ, seq)
                .append(DISPLAY_NAME, group.displayName())
                .append(DISPLAY_NAME_KEY, group.displayNameKey())
                .append(EXTERNAL_ID, group.externalId())
                .append(MEMBER_COUNT, group.memberCount())
                .append(CREATED_AT, Instants.toDate(group.createdAt()))
                .append(UPDATED_AT, Instants.toDate(group.updatedAt()))
                .append(VERSION, group.version())
                .append(OUTBOX, logs);
    }

    static Group group(Document document) {
        return new Group(new GroupId(document.getString(ID)), new ConnectionId(document.getString(CONNECTION_ID)),
                document.getString(DISPLAY_NAME), document.getString(EXTERNAL_ID),
                Instants.toInstant(document.getDate(CREATED_AT)), Instants.toInstant(document.getDate(UPDATED_AT)),
                document.get(VERSION, Number.class).longValue(), document.get(MEMBER_COUNT, Number.class).longValue());
    }

    static String membershipId(String groupId, String userId) {
        return groupId + ":" + userId;
    }

    static Document membership(String connectionId, String groupId, String userId) {
        return new Document(ID, membershipId(groupId, userId)).append(CONNECTION_ID, connectionId)
                .append(MEMBER_GROUP, groupId).append(MEMBER_USER, userId);
    }

    /** A membership delta as the group document records it until every membership document reflects it. */
    static Document pending(MembershipChange change) {
        return new Document("replaceAll", change.replaceAll())
                .append("added", ids(change.added()))
                .append("removed", ids(change.removed()));
    }

    static MembershipChange pending(Document pending) {
        return new MembershipChange(Boolean.TRUE.equals(pending.getBoolean("replaceAll")),
                userIds(pending.getList("added", String.class, List.of())),
                userIds(pending.getList("removed", String.class, List.of())));
    }

    static List<String> ids(Set<UserId> users) {
        List<String> ids = new ArrayList<>(users.size());
        users.forEach(u -> ids.add(u.value()));
        return ids;
    }

    private static Set<UserId> userIds(List<String> ids) {
        Set<UserId> users = new LinkedHashSet<>();
        ids.forEach(id -> users.add(new UserId(id)));
        return users;
    }
}
