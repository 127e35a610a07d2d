package dev.inboundscim.domain.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happened to an event of a stream, or to a run of its events, at one moment, as {@code GET …/deliveries} lists
 * it: pushed and accepted, pushed and failed (it will be retried), rejected for good by the receiver (RFC 8935 §2.3:
 * not retried), or acknowledged or refused by a poller (RFC 8936 {@code ack} / {@code setErrs}). {@code detail} is a
 * status line or an RFC 8935 error code and description, never a secret. {@code events} counts the stream's events
 * from {@code eventId} to {@code lastEventId} (null when it is one event) that one record stands for: a batched
 * request, or consecutive events each accepted with the same status, so a stream taking thousands of events a second
 * does not write a row for every one of them.
 */
public record DeliveryAttempt(String eventId, Instant at, Outcome outcome, Integer status, String detail, int events,
                              String lastEventId) {

    private static final int MAX_DETAIL = 500;

    public DeliveryAttempt {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        if (events < 1 || (events == 1) != (lastEventId == null)) {
            throw new IllegalArgumentException("a delivery record names its last event exactly when it holds more "
                    + "than one");
        }
    }

    /** What happened to one event. */
    public DeliveryAttempt(String eventId, Instant at, Outcome outcome, Integer status, String detail) {
        this(eventId, at, outcome, status, detail, 1, null);
    }

    /** {@code attempts} in order, each run of records that {@linkplain #joins join} as one record. */
    public static List<DeliveryAttempt> joinRuns(List<DeliveryAttempt> attempts) {
        List<DeliveryAttempt> runs = new ArrayList<>();
        for (DeliveryAttempt attempt : attempts) {
            if (!runs.isEmpty() && runs.getLast().joins(attempt)) {
                runs.add(runs.removeLast().through(attempt));
            } else {
                runs.add(attempt);
            }
        }
        return runs;
    }

    /** This record and {@code next}, a later event accepted the same way, as one record (at {@code next}'s time). */
    public DeliveryAttempt through(DeliveryAttempt next) {
        return new DeliveryAttempt(eventId, next.at(), outcome, status, detail, events + next.events(),
                next.lastEventId() == null ? next.eventId() : next.lastEventId());
    }

    /** Whether {@code next} may join this record: both accepted, with the same status and nothing to tell apart. */
    public boolean joins(DeliveryAttempt next) {
        return outcome == Outcome.DELIVERED && next.outcome() == Outcome.DELIVERED
                && Objects.equals(status, next.status()) && detail == null && next.detail() == null;
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
