package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.EventStreamId;

/** Deletes an event stream with what still waits for it; {@code NotFoundException} when absent. */
public interface DeleteEventStreamUseCase {

    void delete(EventStreamId id);
}
