package dev.inboundscim.domain.logstream;

import java.util.Optional;

/**
 * Whether a stream receives and delivers entries. A paused stream collects nothing; a suspended one (its sink kept
 * failing) keeps collecting but delivers nothing until it is set active again.
 */
public enum LogStreamStatus {
    ACTIVE("active"),
    PAUSED("paused"),
    SUSPENDED("suspended");

    private final String wireName;

    LogStreamStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<LogStreamStatus> fromWireName(String name) {
        for (LogStreamStatus status : values()) {
            if (status.wireName.equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Whether new entries are kept for the stream. */
    public boolean collects() {
        return this != PAUSED;
    }
}
