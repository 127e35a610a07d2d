package dev.inboundscim.application.port.in.logstream;

import dev.inboundscim.domain.logstream.LogStreamId;

/** Reads one log stream. */
public interface GetLogStreamUseCase {

    LogStreamView get(LogStreamId id);
}
