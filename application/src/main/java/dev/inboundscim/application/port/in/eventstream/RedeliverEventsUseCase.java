package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.EventStreamId;
import java.time.Instant;
import java.util.List;

/** Sends stored events again: those named, or those stored between two instants; answers how many were queued. */
public interface RedeliverEventsUseCase {

    int redeliver(RedeliverEventsCommand command);

    /** Either {@code eventIds}, or both {@code from} and {@code to} ({@code from} inclusive, {@code to} exclusive). */
    record RedeliverEventsCommand(EventStreamId id, List<String> eventIds, Instant from, Instant to) {
    }
}
