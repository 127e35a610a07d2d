package dev.inboundscim.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to one event of a stream at one moment, as {@code GET …/deliveries} lists it: pushed and accepted,
 * pushed and failed (it will be retried), rejected for good by the receiver (RFC 8935 §2.3: not retried), or
 * acknowledged or refused by a poller (RFC 8936 {@code ack} / {@code setErrs}). {@code detail} is a status line or
 * an RFC 8935 error code and description, never a secret.
 */
public record DeliveryAttempt(String eventId, Instant at, Outcome outcome, Integer status, String detail) {

    private static final int MAX_DETAIL = 500;

    public DeliveryAttempt {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }

    public enum Outcome {
        DELIVERED("delivered"),
        FAILED("failed"),
        REJECTED("rejected"),
        ACKNOWLEDGED("acknowledged");

        private final String wireName;

        Outcome(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Outcome fromWireName(String name) {
            for (Outcome outcome : values()) {
                if (outcome.wireName.equals(name)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("unknown delivery outcome " + name);
        }
    }
}
