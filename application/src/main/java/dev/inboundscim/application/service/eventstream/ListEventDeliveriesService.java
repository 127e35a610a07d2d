package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.ListEventDeliveriesUseCase;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventStreamId;
import java.util.List;

/** Lists a stream's recent delivery attempts. */
public final class ListEventDeliveriesService implements ListEventDeliveriesUseCase {

    private final EventStreamRepository streams;

    public ListEventDeliveriesService(EventStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public List<DeliveryAttempt> deliveries(EventStreamId id, int limit) {
        EventStreamInputs.require(streams, id);
        return streams.attempts(id, limit);
    }
}
