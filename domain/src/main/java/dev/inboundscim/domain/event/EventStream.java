package dev.inboundscim.domain.event;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.id.ResourceName;
import dev.inboundscim.domain.log.LogType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An event stream (SPEC §11): the events of the subscribed types are kept for it in the durable outbox the log
 * streams use, then pushed to its webhook or polled by its receiver, in the chosen format. {@code audience} is the
 * {@code aud} of its Security Event Tokens. {@code version} changes with every change of its settings or status.
 */
public record EventStream(EventStreamId id, String name, EventFormat format, EventDestination destination,
                          List<EventType> subscriptions, String audience, EventStreamStatus status, long version,
                          EventDelivery delivery, Instant createdAt, Instant updatedAt) {

    private static final int MAX_AUDIENCE_LENGTH = 2048;

    public EventStream {
        Objects.requireNonNull(id, "id");
        name = ResourceName.require(name);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(destination, "destination");
        subscriptions = List.copyOf(subscriptions);
        if (subscriptions.isEmpty()) {
            throw BadRequestException.invalidValue("subscriptions must name at least one event_type");
        }
        if (audience != null && (audience.isBlank() || audience.length() > MAX_AUDIENCE_LENGTH)) {
            throw BadRequestException.invalidValue("audience must be 1 to " + MAX_AUDIENCE_LENGTH + " characters");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static EventStream create(String name, EventFormat format, EventDestination destination,
                                     List<EventType> subscriptions, String audience, Instant now) {
        return new EventStream(EventStreamId.generate(), name, format, destination,
                subscriptions.stream().distinct().toList(), audience, EventStreamStatus.ACTIVE, 1,
                EventDelivery.HEALTHY, now, now);
    }

    /** Whether an entry of {@code type} stored now is kept for this stream: it collects and subscribes to it. */
    public boolean collects(LogType type) {
        return status.collects() && subscriptions.stream().anyMatch(s -> s.logType() == type);
    }

    /** Whether the server pushes this stream's events (a webhook) rather than waiting to be polled. */
    public boolean pushed() {
        return destination instanceof EventDestination.Webhook;
    }

    /**
     * The next version with other settings. Setting a suspended stream active again clears its failures, so
     * delivery resumes at once with the backlog.
     */
    public EventStream withSettings(String newName, EventDestination newDestination, List<EventType> newSubscriptions,
                                    String newAudience, EventStreamStatus newStatus, Instant now) {
        EventDelivery state = status == EventStreamStatus.SUSPENDED && newStatus == EventStreamStatus.ACTIVE
                ? EventDelivery.HEALTHY : delivery;
        return new EventStream(id, newName, format, newDestination, newSubscriptions.stream().distinct().toList(),
                newAudience, newStatus, version + 1, state, createdAt, now);
    }
}
