package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.EventStreamView;
import dev.inboundscim.application.port.in.eventstream.GetEventStreamUseCase;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;

/** Reads one event stream with its backlog. */
public final class GetEventStreamService implements GetEventStreamUseCase {

    private final EventStreamRepository streams;

    public GetEventStreamService(EventStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public EventStreamView get(EventStreamId id) {
        EventStream stream = EventStreamInputs.require(streams, id);
        return new EventStreamView(stream, streams.pendingCount(id));
    }
}
