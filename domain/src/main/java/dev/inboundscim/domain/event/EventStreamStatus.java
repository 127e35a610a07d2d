package dev.inboundscim.domain.event;

import java.util.Optional;

/**
 * Whether a stream receives and delivers events, as log streams do: a paused stream collects nothing; a suspended
 * one (its webhook kept failing) keeps collecting but delivers nothing until it is set active again.
 */
public enum EventStreamStatus {
    ACTIVE("active"),
    PAUSED("paused"),
    SUSPENDED("suspended");

    private final String wireName;

    EventStreamStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventStreamStatus> fromWireName(String name) {
        for (EventStreamStatus status : values()) {
            if (status.wireName.equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Whether new events are kept for the stream. */
    public boolean collects() {
        return this != PAUSED;
    }
}
