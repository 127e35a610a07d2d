package dev.inboundscim.application.port.in.eventstream;

import java.util.List;

/** Lists every event stream, in creation order. */
public interface ListEventStreamsUseCase {

    List<EventStreamView> list();
}
