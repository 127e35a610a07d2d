package dev.inboundscim.application.port.in.eventstream;

import dev.inboundscim.domain.event.EventStreamId;
import java.util.List;
import java.util.Map;

/**
 * RFC 8936 poll delivery: forgets what the poller acknowledged ({@code ack}) or refused ({@code setErrs}), then
 * answers the oldest events still kept, signed, waiting for one to arrive unless {@code returnImmediately}.
 */
public interface PollEventsUseCase {

    PollResult poll(PollCommand command);

    /** {@code maxEvents} null: the server's batch size; 0: acknowledge only. */
    record PollCommand(EventStreamId id, Integer maxEvents, boolean returnImmediately, List<String> ack,
                       Map<String, SetError> setErrs) {
        public PollCommand {
            ack = ack == null ? List.of() : List.copyOf(ack);
            setErrs = setErrs == null ? Map.of() : Map.copyOf(setErrs);
        }
    }

    /** A poller's refusal of one SET (RFC 8936 §2.4). */
    record SetError(String err, String description) {
    }

    /** The SETs by {@code jti}, in delivery order, and whether more wait. */
    record PollResult(Map<String, String> sets, boolean moreAvailable) {
    }
}
