package dev.inboundscim.application.service.logstream;

import dev.inboundscim.application.port.in.logstream.ListLogStreamsUseCase;
import dev.inboundscim.application.port.in.logstream.LogStreamView;
import dev.inboundscim.application.port.out.LogStreamRepository;
import java.util.List;

/** Lists every log stream with its waiting entry count. */
public final class ListLogStreamsService implements ListLogStreamsUseCase {

    private final LogStreamRepository streams;

    public ListLogStreamsService(LogStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public List<LogStreamView> list() {
        return streams.list().stream().map(s -> new LogStreamView(s, streams.pendingCount(s.id()))).toList();
    }
}
