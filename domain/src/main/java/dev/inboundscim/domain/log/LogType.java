package dev.inboundscim.domain.log;

import java.util.Optional;

/** Log entry types, named as Auth0 names them; the group events are entries too, so streams carry them in order. */
public enum LogType {
    /** A SCIM request that succeeded. */
    SSCIM("sscim"),
    /** A SCIM request that failed. */
    FSCIM("fscim"),
    /** A SCIM group was created. */
    GROUP_CREATED("group.created"),
    /** A SCIM group's displayName or externalId changed. */
    GROUP_UPDATED("group.updated"),
    /** A SCIM group was deleted. */
    GROUP_DELETED("group.deleted"),
    /** Users joined a group. */
    GROUP_MEMBER_ADDED("group.member.added"),
    /** Users left a group. */
    GROUP_MEMBER_DELETED("group.member.deleted"),
    /** A user was created (SCIM, Bulk or a just-in-time login); its details hold the new profile (SPEC §11). */
    USER_CREATED("user.created"),
    /** A write changed a user; its details hold the profile after it and the names of what changed (SPEC §11). */
    USER_UPDATED("user.updated"),
    /** A role was assigned to a group, at tenant level or inside an organization (SPEC §12). */
    GROUP_ROLE_ASSIGNED("group.role.assigned"),
    /** A role was taken from a group, at tenant level or inside an organization (SPEC §12). */
    GROUP_ROLE_DELETED("group.role.deleted"),
    /** A role was assigned to a user, directly or by role sync from SCIM (SPEC §12). */
    USER_ROLE_ASSIGNED("user.role.assigned"),
    /** A role was taken from a user, directly or by role sync from SCIM (SPEC §12). */
    USER_ROLE_DELETED("user.role.deleted"),
    /** A SCIM write blocked a user (active false): its sessions end and its clients are told. */
    USER_DEACTIVATED("user.deactivated"),
    /** A user was deleted: its sessions end and its clients are told. */
    USER_DELETED("user.deleted"),
    /** A soft-deleted user came back, by a SCIM POST of the same user within its restore window (SPEC §10). */
    USER_RESTORED("user.restored"),
    /** A login the login layer reported succeeded. */
    SUCCESS_LOGIN("s"),
    /** A reported login was refused (the user is blocked). */
    FAILED_LOGIN("f"),
    /** A Management API write that succeeded (SPEC §7.3), account linking among them. */
    SUCCESS_API_OPERATION("sapi"),
    /** A Management API write that failed (SPEC §7.3). */
    FAILED_API_OPERATION("fapi");

    private final String code;

    LogType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Whether an entry of this type about a user ends that user's sessions (SPEC §5): the store queues the ending
     * in the same atomic step as the entry.
     */
    public boolean endsSessions() {
        return this == USER_DEACTIVATED || this == USER_DELETED;
    }

    /**
     * Whether an entry of this type is stored only when a stream collects it: the provisioning changes carry the
     * whole profile for event streams (SPEC §11), which a server without such a stream should not pay to keep.
     */
    public boolean keptOnlyWhenCollected() {
        return this == USER_CREATED || this == USER_UPDATED;
    }

    public static Optional<LogType> fromCode(String code) {
        for (LogType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
