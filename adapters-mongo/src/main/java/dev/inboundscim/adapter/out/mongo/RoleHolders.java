package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.UserRoleSource;
import org.bson.Document;

/**
 * The {@code role_assignments} document of each holder: its id says what it holds roles for, so a user's documents
 * are found by id; every document names its connection (the cascade deletes by it, and a document without one would
 * look like a tombstone to {@link LogOutbox}).
 */
final class RoleHolders {

    static final String USER_ID = "userId";
    static final String GROUP_ID = "groupId";
    static final String ORG_ID = "orgId";

    private RoleHolders() {
    }

    static String key(RoleHolder holder) {
        return switch (holder) {
            case RoleHolder.OfUser user -> userKey(user.userId().value(), user.source());
            case RoleHolder.OfGroup group -> groupKey(group.groupId().value());
            case RoleHolder.OfOrganizationGroup group -> "o/" + group.organizationId().value() + "/"
                    + group.groupId().value();
        };
    }

    static String userKey(String userId, UserRoleSource source) {
        return "u/" + source.code() + "/" + userId;
    }

    static String groupKey(String groupId) {
        return "g/" + groupId;
    }

    static Document document(String key, RoleHolder holder) {
        Document document = new Document("_id", key).append(UserDocuments.CONNECTION_ID,
                holder.connectionId().value());
        return switch (holder) {
            case RoleHolder.OfUser user -> document.append(USER_ID, user.userId().value());
            case RoleHolder.OfGroup group -> document.append(GROUP_ID, group.groupId().value());
            case RoleHolder.OfOrganizationGroup group -> document.append(GROUP_ID, group.groupId().value())
                    .append(ORG_ID, group.organizationId().value());
        };
    }
}
