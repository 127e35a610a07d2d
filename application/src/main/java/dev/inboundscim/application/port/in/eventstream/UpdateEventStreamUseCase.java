package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.EventStreamId;
import java.util.List;

/**
 * Changes a stream's name, status ({@code active} or {@code paused}: setting a suspended stream active resumes it),
 * destination, subscriptions or audience; absent fields are left alone. The format cannot change.
 */
public interface UpdateEventStreamUseCase {

    EventStreamView update(UpdateEventStreamCommand command);

    record UpdateEventStreamCommand(EventStreamId id, String name, String status, DestinationInput destination,
                                    List<String> subscriptions, String audience) {
    }
}
