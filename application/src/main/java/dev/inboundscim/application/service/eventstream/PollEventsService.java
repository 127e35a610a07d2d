package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.EventStreamSettings;
import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.application.port.in.eventstream.PollEventsUseCase;
import dev.inboundscim.application.port.out.EventSink;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.event.DeliveryAttempt.Outcome;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.ProvisioningEvent;
import dev.inboundscim.domain.log.LogEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 8936 poll delivery over the stream's outbox: acknowledged and refused SETs leave it (refusals are recorded in
 * the delivery history, RFC 8936 §2.4), and the oldest waiting events are answered signed, again and again until
 * acknowledged, whichever server process answers the poll. A poll without {@code returnImmediately} waits up to
 * {@link EventStreamSettings#pollWait} for an event (RFC 8936 §2.4 long polling).
 */
public final class PollEventsService implements PollEventsUseCase {

    private static final long WAIT_STEP_MILLIS = 100;

    private final EventStreamRepository streams;
    private final EventEncoder encoder;
    private final Clock clock;
    private final LogStreamSettings settings;
    private final EventStreamSettings eventSettings;

    public PollEventsService(EventStreamRepository streams, EventEncoder encoder, Clock clock,
                             LogStreamSettings settings, EventStreamSettings eventSettings) {
        this.streams = streams;
        this.encoder = encoder;
        this.clock = clock;
        this.settings = settings;
        this.eventSettings = eventSettings;
    }

    @Override
    public PollResult poll(PollCommand command) {
        EventStream stream = EventStreamInputs.require(streams, command.id());
        if (!(stream.destination() instanceof EventDestination.Poll)) {
            throw BadRequestException.invalidValue(
                    "this event stream pushes to a webhook; only poll streams are polled");
        }
        int max = command.maxEvents() == null ? settings.batchSize() : command.maxEvents();
        if (max < 0 || max > 1000) {
            throw BadRequestException.invalidValue("maxEvents must be 0 to 1000");
        }
        settle(stream, command);
        if (max == 0) {
            return new PollResult(Map.of(), !streams.pending(stream.id(), 1).isEmpty());
        }
        // One event more than asked tells whether more are waiting: counting them all would cost every poll of a
        // poller catching up on a large backlog the whole backlog's length.
        List<LogEntry> pending = waitForEvents(stream, max + 1, command.returnImmediately());
        EventEncoder.Batch encoding = encoder.batch(stream);
        Map<String, String> sets = new LinkedHashMap<>();
        for (LogEntry entry : pending.subList(0, Math.min(max, pending.size()))) {
            Optional<EventEncoder.Encoded> encoded = encoding.encode(entry);
            encoded.ifPresent(e -> sets.put(e.event().id(), ((EventSink.Token) e.payload()).jws()));
        }
        return new PollResult(sets, pending.size() > max);
    }

    /** Forgets what the poller acknowledged or refused, recording both. */
    private void settle(EventStream stream, PollCommand command) {
        List<String> logIds = new ArrayList<>();
        List<DeliveryAttempt> attempts = new ArrayList<>();
        Instant now = clock.instant();
        for (String jti : command.ack()) {
            ProvisioningEvent.logId(jti).ifPresent(logId -> {
                logIds.add(logId);
                attempts.add(new DeliveryAttempt(jti, now, Outcome.ACKNOWLEDGED, null, null));
            });
        }
        command.setErrs().forEach((jti, error) -> ProvisioningEvent.logId(jti).ifPresent(logId -> {
            logIds.add(logId);
            attempts.add(new DeliveryAttempt(jti, now, Outcome.REJECTED, null,
                    error == null ? null : error.err() + (error.description() == null ? "" : ": "
                            + error.description())));
        }));
        if (!logIds.isEmpty()) {
            streams.acknowledge(stream.id(), logIds);
            streams.recordAttempts(stream.id(), attempts, eventSettings.keepAttempts());
        }
    }

    private List<LogEntry> waitForEvents(EventStream stream, int max, boolean returnImmediately) {
        Instant until = clock.instant().plus(eventSettings.pollWait());
        while (true) {
            List<LogEntry> pending = streams.pending(stream.id(), max);
            if (!pending.isEmpty() || returnImmediately || !clock.instant().isBefore(until)) {
                return pending;
            }
            try {
                Thread.sleep(WAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }
}
