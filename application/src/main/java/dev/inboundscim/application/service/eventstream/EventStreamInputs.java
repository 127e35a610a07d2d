package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.in.eventstream.DestinationInput;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.event.EventStreamStatus;
import dev.inboundscim.domain.event.EventType;
import java.util.Arrays;
import java.util.List;

/** Reads the Management API's event stream fields, refusing anything unknown with a 400 that names it. */
final class EventStreamInputs {

    private EventStreamInputs() {
    }

    static EventFormat format(String format) {
        return EventFormat.fromWireName(format).orElseThrow(
                () -> BadRequestException.invalidValue("format must be \"cloudevents\" or \"set\""));
    }

    static EventDestination destination(DestinationInput input) {
        if (input == null) {
            throw BadRequestException.invalidValue("destination is required");
        }
        return switch (input.type() == null ? "" : input.type()) {
            case "webhook" -> EventDestination.Webhook.of(input.url(), input.authorization(),
                    Boolean.TRUE.equals(input.batch()));
            case "poll" -> {
                if (input.url() != null || input.authorization() != null || input.batch() != null) {
                    throw BadRequestException.invalidValue("a poll destination has no url, authorization or batch");
                }
                yield new EventDestination.Poll();
            }
            default -> throw BadRequestException.invalidValue("destination.type must be \"webhook\" or \"poll\"");
        };
    }

    /**
     * A poll destination serves RFC 8936, which carries Security Event Tokens only; an update that keeps the webhook
     * and sends a new authorization of "" removes it. Batches are CloudEvents' batched content mode: RFC 8935 pushes
     * one SET per request.
     */
    static void requireCompatible(EventFormat format, EventDestination destination) {
        if (format == EventFormat.CLOUDEVENTS && destination instanceof EventDestination.Poll) {
            throw BadRequestException.invalidValue("a poll destination needs format \"set\" (RFC 8936)");
        }
        if (format == EventFormat.SET && destination instanceof EventDestination.Webhook webhook && webhook.batch()) {
            throw BadRequestException.invalidValue("batch is for format \"cloudevents\": RFC 8935 pushes one "
                    + "Security Event Token per request");
        }
    }

    static List<EventType> subscriptions(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw BadRequestException.invalidValue("subscriptions must name at least one event_type");
        }
        return names.stream().map(EventStreamInputs::type).distinct().toList();
    }

    private static EventType type(String name) {
        return EventType.fromWireName(name).orElseThrow(() -> BadRequestException.invalidValue(
                "subscriptions[].event_type must be one of " + String.join(", ",
                        Arrays.stream(EventType.values()).map(EventType::wireName).toList())));
    }

    /** Only {@code active} and {@code paused} can be asked for; {@code suspended} is the delivery's verdict. */
    static EventStreamStatus requestedStatus(String status) {
        return EventStreamStatus.fromWireName(status).filter(s -> s != EventStreamStatus.SUSPENDED)
                .orElseThrow(() -> BadRequestException.invalidValue("status must be active or paused"));
    }

    static EventStream require(EventStreamRepository streams, EventStreamId id) {
        return streams.findById(id).orElseThrow(() -> new NotFoundException("Event stream not found"));
    }
}
