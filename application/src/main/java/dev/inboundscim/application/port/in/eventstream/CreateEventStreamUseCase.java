package dev.inboundscim.application.port.in.eventstream;

import java.util.List;

/** Creates an active event stream; it receives the events stored from then on. */
public interface CreateEventStreamUseCase {

    EventStreamView create(CreateEventStreamCommand command);

    /** {@code subscriptions} are event type names; {@code audience} defaults to where the events go. */
    record CreateEventStreamCommand(String name, String format, DestinationInput destination,
                                    List<String> subscriptions, String audience) {
    }
}
