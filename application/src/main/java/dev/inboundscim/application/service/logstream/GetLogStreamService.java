package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.port.in.logstream.GetLogStreamUseCase;
import dev.inboundscim.application.port.in.logstream.LogStreamView;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.LogStreamId;

/** Reads one log stream with its waiting entry count. */
public final class GetLogStreamService implements GetLogStreamUseCase {

    private final LogStreamRepository streams;

    public GetLogStreamService(LogStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public LogStreamView get(LogStreamId id) {
        LogStream stream = LogStreamInputs.require(streams, id);
        return new LogStreamView(stream, streams.pendingCount(stream.id()));
    }
}
