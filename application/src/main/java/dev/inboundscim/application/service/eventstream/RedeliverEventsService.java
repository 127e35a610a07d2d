package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.RedeliverEventsUseCase;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.event.EventSelection;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.event.ProvisioningEvent;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Queues stored events for a stream again, after what it already waits for: the stream's subscriptions still
 * decide which types go, and an event still waiting is not queued twice. Events are as old as log retention keeps
 * them.
 */
public final class RedeliverEventsService implements RedeliverEventsUseCase {

    private final EventStreamRepository streams;

    public RedeliverEventsService(EventStreamRepository streams) {
        this.streams = streams;
    }

    @Override
    public int redeliver(RedeliverEventsCommand command) {
        EventStream stream = EventStreamInputs.require(streams, command.id());
        Set<LogType> types = EnumSet.noneOf(LogType.class);
        stream.subscriptions().stream().map(EventType::logType).forEach(types::add);
        return streams.redeliver(stream.id(), selection(command), types);
    }

    private static EventSelection selection(RedeliverEventsCommand command) {
        boolean byIds = command.eventIds() != null;
        boolean byTime = command.from() != null || command.to() != null;
        if (byIds == byTime) {
            throw BadRequestException.invalidValue("give either event_ids or both from and to");
        }
        if (byIds) {
            if (command.eventIds().isEmpty() || command.eventIds().size() > EventSelection.MAX_EVENTS) {
                throw BadRequestException.invalidValue("event_ids must name 1 to " + EventSelection.MAX_EVENTS
                        + " events");
            }
            List<String> logIds = command.eventIds().stream().map(id -> ProvisioningEvent.logId(id).orElseThrow(
                    () -> BadRequestException.invalidValue("event_ids must be evt_ ids"))).toList();
            return new EventSelection.ByIds(logIds);
        }
        if (command.from() == null || command.to() == null || !command.from().isBefore(command.to())) {
            throw BadRequestException.invalidValue("from and to are both needed, from before to");
        }
        return new EventSelection.Between(LogIds.boundAt(command.from()), LogIds.boundAt(command.to()));
    }
}
