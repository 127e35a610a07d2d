package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventStreamId;
import java.util.List;

/** The stream's recent delivery attempts, newest first. */
public interface ListEventDeliveriesUseCase {

    List<DeliveryAttempt> deliveries(EventStreamId id, int limit);
}
