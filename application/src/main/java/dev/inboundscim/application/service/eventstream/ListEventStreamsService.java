package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.EventStreamView;
import dev.inboundscim.application.port.in.eventstream.ListEventStreamsUseCase;
import dev.inboundscim.application.port.out.EventStreamRepository;
import java.util.List;

/** Lists the event streams with their backlogs. */
public final class ListEventStreamsService implements ListEventStreamsUseCase {

    private final EventStreamRepository streams;

    public ListEventStreamsService(EventStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public List<EventStreamView> list() {
        return streams.list().stream().map(s -> new EventStreamView(s, streams.pendingCount(s.id()))).toList();
    }
}
