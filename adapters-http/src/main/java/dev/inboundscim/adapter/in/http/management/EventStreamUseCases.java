package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.eventstream.CreateEventStreamUseCase;
import dev.inboundscim.application.port.in.eventstream.DeleteEventStreamUseCase;
import dev.inboundscim.application.port.in.eventstream.GetEventStreamUseCase;
import dev.inboundscim.application.port.in.eventstream.ListEventDeliveriesUseCase;
import dev.inboundscim.application.port.in.eventstream.ListEventStreamsUseCase;
import dev.inboundscim.application.port.in.eventstream.PollEventsUseCase;
import dev.inboundscim.application.port.in.eventstream.RedeliverEventsUseCase;
import dev.inboundscim.application.port.in.eventstream.UpdateEventStreamUseCase;

/** The use cases of {@code /event-streams}. */
public record EventStreamUseCases(CreateEventStreamUseCase create, ListEventStreamsUseCase list,
                                  GetEventStreamUseCase get, UpdateEventStreamUseCase update,
                                  DeleteEventStreamUseCase delete, ListEventDeliveriesUseCase deliveries,
                                  RedeliverEventsUseCase redeliver, PollEventsUseCase poll) {
}
