package dev.inboundscim.domain.event;

import java.util.Optional;

/** How a stream's events are written: CloudEvents 1.0 structured JSON, or RFC 9967 Security Event Tokens. */
public enum EventFormat {
    CLOUDEVENTS("cloudevents"),
    SET("set");

    private final String wireName;

    EventFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventFormat> fromWireName(String name) {
        for (EventFormat format : values()) {
            if (format.wireName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
