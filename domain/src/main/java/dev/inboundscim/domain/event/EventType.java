package dev.inboundscim.domain.event;

import dev.inboundscim.domain.log.LogType;
import java.util.Optional;

/**
 * The provisioning events of SPEC §11. Each is a log entry of the same name stored with the change it describes
 * (so it shares the log streams' outbox), and each names the RFC 9967 event URI a Security Event Token carries.
 */
public enum EventType {
    USER_CREATED("user.created", LogType.USER_CREATED, Uris.CREATE_FULL),
    USER_UPDATED("user.updated", LogType.USER_UPDATED, Uris.PUT_FULL),
    USER_DELETED("user.deleted", LogType.USER_DELETED, Uris.DELETE),
    USER_DEACTIVATED("user.deactivated", LogType.USER_DEACTIVATED, Uris.DEACTIVATE),
    USER_RESTORED("user.restored", LogType.USER_RESTORED, Uris.ACTIVATE),
    GROUP_CREATED("group.created", LogType.GROUP_CREATED, Uris.CREATE_FULL),
    GROUP_UPDATED("group.updated", LogType.GROUP_UPDATED, Uris.PATCH_NOTICE),
    GROUP_DELETED("group.deleted", LogType.GROUP_DELETED, Uris.DELETE),
    GROUP_MEMBER_ADDED("group.member.added", LogType.GROUP_MEMBER_ADDED, Uris.FEED_ADD),
    GROUP_MEMBER_DELETED("group.member.deleted", LogType.GROUP_MEMBER_DELETED, Uris.FEED_REMOVE),
    // Role changes (SPEC §12): RFC 9967 has no role events, so a SET tells them as a change to the user or group.
    USER_ROLE_ASSIGNED("user.role.assigned", LogType.USER_ROLE_ASSIGNED, Uris.PATCH_NOTICE),
    USER_ROLE_DELETED("user.role.deleted", LogType.USER_ROLE_DELETED, Uris.PATCH_NOTICE),
    GROUP_ROLE_ASSIGNED("group.role.assigned", LogType.GROUP_ROLE_ASSIGNED, Uris.PATCH_NOTICE),
    GROUP_ROLE_DELETED("group.role.deleted", LogType.GROUP_ROLE_DELETED, Uris.PATCH_NOTICE);

    private final String wireName;
    private final LogType logType;
    private final String setUri;

    EventType(String wireName, LogType logType, String setUri) {
        this.wireName = wireName;
        this.logType = logType;
        this.setUri = setUri;
    }

    public String wireName() {
        return wireName;
    }

    public LogType logType() {
        return logType;
    }

    /** The key of this event in a SET's {@code events} claim (RFC 9967 §2). */
    public String setUri() {
        return setUri;
    }

    /** Whether the event is about a group (its SCIM resource is {@code /Groups/<id>}) rather than a user. */
    public boolean aboutGroup() {
        return wireName.startsWith("group.");
    }

    /** Whether the event is a role assigned or taken (SPEC §12), whose subject is the assignment, not a profile. */
    public boolean aboutRole() {
        return wireName.contains(".role.");
    }

    public static Optional<EventType> fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<EventType> of(LogType logType) {
        for (EventType type : values()) {
            if (type.logType == logType) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The RFC 9967 §2.1–2.4 event URIs SPEC §11 uses. */
    private static final class Uris {
        static final String PREFIX = "urn:ietf:params:scim:event:";
        static final String CREATE_FULL = PREFIX + "prov:create:full";
        static final String PUT_FULL = PREFIX + "prov:put:full";
        static final String PATCH_NOTICE = PREFIX + "prov:patch:notice";
        static final String DELETE = PREFIX + "prov:delete";
        static final String ACTIVATE = PREFIX + "prov:activate";
        static final String DEACTIVATE = PREFIX + "prov:deactivate";
        static final String FEED_ADD = PREFIX + "feed:add";
        static final String FEED_REMOVE = PREFIX + "feed:remove";
    }
}
