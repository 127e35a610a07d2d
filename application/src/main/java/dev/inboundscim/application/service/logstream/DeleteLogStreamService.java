package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.port.in.logstream.DeleteLogStreamUseCase;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.logstream.LogStreamId;

/** Deletes a log stream and what still waits for it. */
public final class DeleteLogStreamService implements DeleteLogStreamUseCase {

    private final LogStreamRepository streams;

    public DeleteLogStreamService(LogStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public void delete(LogStreamId id) {
        streams.delete(LogStreamInputs.require(streams, id).id());
    }
}
