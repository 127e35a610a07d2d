package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.DeleteEventStreamUseCase;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.event.EventStreamId;

/** Deletes an event stream; what still waited for it is dropped. */
public final class DeleteEventStreamService implements DeleteEventStreamUseCase {

    private final EventStreamRepository streams;

    public DeleteEventStreamService(EventStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public void delete(EventStreamId id) {
        streams.delete(id);
    }
}
