package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.log.LogType;
import java.util.Optional;
import java.util.Set;

/** The category filters a stream may name, and the log types each one lets through. */
public enum LogCategory {
    /** Every SCIM request: {@code sscim} and {@code fscim}. */
    SCIM_EVENT("scim.event", Set.of(LogType.SSCIM, LogType.FSCIM)),
    /** Group changes: {@code group.created|updated|deleted|member.added|member.deleted|role.assigned|role.deleted}. */
    GROUP_EVENT("group.event", Set.of(LogType.GROUP_CREATED, LogType.GROUP_UPDATED, LogType.GROUP_DELETED,
            LogType.GROUP_MEMBER_ADDED, LogType.GROUP_MEMBER_DELETED, LogType.GROUP_ROLE_ASSIGNED,
            LogType.GROUP_ROLE_DELETED)),
    /**
     * Deprovisioning and its undoing ({@code user.deactivated}, {@code user.deleted}, {@code user.restored}) and a
     * user's own role changes ({@code user.role.assigned}, {@code user.role.deleted}).
     */
    USER_EVENT("user.event", Set.of(LogType.USER_DEACTIVATED, LogType.USER_DELETED, LogType.USER_RESTORED,
            LogType.USER_ROLE_ASSIGNED, LogType.USER_ROLE_DELETED)),
    /** Provisioning changes of users: {@code user.created} and {@code user.updated} (SPEC §11). */
    USER_CHANGE("user.change", Set.of(LogType.USER_CREATED, LogType.USER_UPDATED)),
    /** Successful logins ({@code s}). */
    AUTH_LOGIN_SUCCESS("auth.login.success", Set.of(LogType.SUCCESS_LOGIN)),
    /** Refused logins ({@code f}). */
    AUTH_LOGIN_FAIL("auth.login.fail", Set.of(LogType.FAILED_LOGIN)),
    /** Management API writes: {@code sapi} and {@code fapi} (SPEC §7.3). */
    MANAGEMENT_EVENT("management.event", Set.of(LogType.SUCCESS_API_OPERATION, LogType.FAILED_API_OPERATION));

    private final String wireName;
    private final Set<LogType> types;

    LogCategory(String wireName, Set<LogType> types) {
        this.wireName = wireName;
        this.types = types;
    }

    public String wireName() {
        return wireName;
    }

    public Set<LogType> types() {
        return types;
    }

    public static Optional<LogCategory> fromWireName(String name) {
        for (LogCategory category : values()) {
            if (category.wireName.equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
