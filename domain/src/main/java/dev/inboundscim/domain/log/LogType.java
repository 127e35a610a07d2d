package dev.inboundscim.domain.log;

import java.util.Optional;

/** Log entry types, named as Auth0 names them. */
public enum LogType {
    /** A SCIM request that succeeded. */
    SSCIM("sscim"),
    /** A SCIM request that failed. */
    FSCIM("fscim");

    private final String code;

    LogType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
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
