package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.CreateEventStreamUseCase;
import dev.inboundscim.application.port.in.eventstream.EventStreamView;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventStream;
import java.time.Clock;

/** Creates an event stream. */
public final class CreateEventStreamService implements CreateEventStreamUseCase {

    private final EventStreamRepository streams;
    private final Clock clock;

    public CreateEventStreamService(EventStreamRepository streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public EventStreamView create(CreateEventStreamCommand command) {
        EventFormat format = EventStreamInputs.format(command.format());
        EventDestination destination = EventStreamInputs.destination(command.destination());
        EventStreamInputs.requireCompatible(format, destination);
        EventStream stream = EventStream.create(command.name(), format, destination,
                EventStreamInputs.subscriptions(command.subscriptions()), command.audience(), clock.instant());
        streams.insert(stream);
        return new EventStreamView(stream, 0);
    }
}
