package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.EventStreamView;
import dev.inboundscim.application.port.in.eventstream.UpdateEventStreamUseCase;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.id.ResourceName;
import java.time.Clock;

/**
 * Changes a stream's settings, conditional on the version read and redone on a fresh read when the delivery
 * suspended the stream (or another request changed it) in between, so no change undoes another.
 */
public final class UpdateEventStreamService implements UpdateEventStreamUseCase {

    private static final int ATTEMPTS = 5;

    private final EventStreamRepository streams;
    private final Clock clock;

    public UpdateEventStreamService(EventStreamRepository streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public EventStreamView update(UpdateEventStreamCommand command) {
        for (int attempt = 1; ; attempt++) {
            EventStream current = EventStreamInputs.require(streams, command.id());
            EventStream updated = apply(current, command);
            try {
                streams.update(updated);
                return new EventStreamView(updated, streams.pendingCount(updated.id()));
            } catch (PreconditionFailedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private EventStream apply(EventStream current, UpdateEventStreamCommand command) {
        EventDestination destination = command.destination() == null ? current.destination()
                : keepSecret(current.destination(), EventStreamInputs.destination(command.destination()),
                        command.destination().authorization() == null);
        EventStreamInputs.requireCompatible(current.format(), destination);
        return current.withSettings(
                command.name() == null ? current.name() : ResourceName.require(command.name()),
                destination,
                command.subscriptions() == null ? current.subscriptions()
                        : EventStreamInputs.subscriptions(command.subscriptions()),
                command.audience() == null ? current.audience()
                        : command.audience().isEmpty() ? null : command.audience(),
                command.status() == null ? current.status() : EventStreamInputs.requestedStatus(command.status()),
                clock.instant());
    }

    /**
     * A webhook sent again without its authorization keeps the stored one (the client never sees it, so cannot send
     * it back); an empty authorization removes it.
     */
    private static EventDestination keepSecret(EventDestination current, EventDestination requested,
                                               boolean authorizationAbsent) {
        if (authorizationAbsent && current instanceof EventDestination.Webhook was
                && requested instanceof EventDestination.Webhook now) {
            return new EventDestination.Webhook(now.url(), was.authorization(), now.batch());
        }
        return requested;
    }
}
