package dev.inboundscim.application.port.in.logstream;

import dev.inboundscim.domain.logstream.LogStreamId;

/** Deletes a log stream with every entry still waiting for it. */
public interface DeleteLogStreamUseCase {

    void delete(LogStreamId id);
}
