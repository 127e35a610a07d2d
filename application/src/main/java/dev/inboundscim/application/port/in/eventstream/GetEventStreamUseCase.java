package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.EventStreamId;

/** Reads one event stream; {@code NotFoundException} when absent. */
public interface GetEventStreamUseCase {

    EventStreamView get(EventStreamId id);
}
