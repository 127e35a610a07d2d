package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.eventstream.CreateEventStreamUseCase.CreateEventStreamCommand;
import dev.inboundscim.application.port.in.eventstream.DestinationInput;
import dev.inboundscim.application.port.in.eventstream.EventStreamView;
import dev.inboundscim.application.port.in.eventstream.PollEventsUseCase.PollCommand;
import dev.inboundscim.application.port.in.eventstream.PollEventsUseCase.PollResult;
import dev.inboundscim.application.port.in.eventstream.PollEventsUseCase.SetError;
import dev.inboundscim.application.port.in.eventstream.RedeliverEventsUseCase.RedeliverEventsCommand;
import dev.inboundscim.application.port.in.eventstream.UpdateEventStreamUseCase.UpdateEventStreamCommand;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.event.DeliveryAttempt;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventStream;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v2/event-streams} (SPEC §11), with the deliveries, redelivery and the RFC 8936 poll endpoint. A
 * webhook's {@code authorization} is write-only: responses say whether one is set, never what it is.
 */
final class EventStreamRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 1000;

    private final ManagementExchange exchange;
    private final EventStreamUseCases useCases;

    EventStreamRoutes(ManagementExchange exchange, EventStreamUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record SubscriptionJson(@JsonProperty("event_type") String eventType) {
    }

    record EventStreamRequest(String name, String format, String status, DestinationInput destination,
                              List<SubscriptionJson> subscriptions, String audience) {
    }

    record RedeliverRequest(String from, String to, @JsonProperty("event_ids") List<String> eventIds) {
    }

    /** RFC 8936 §2.4's request members, named as the RFC names them. */
    record PollRequest(Integer maxEvents, Boolean returnImmediately, List<String> ack,
                       Map<String, SetError> setErrs) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/event-streams", this::create)
                .get("/event-streams", this::list)
                .get("/event-streams/{id}", this::get)
                .patch("/event-streams/{id}", this::update)
                .delete("/event-streams/{id}", this::delete)
                .get("/event-streams/{id}/deliveries", this::deliveries)
                .post("/event-streams/{id}/redeliver", this::redeliver)
                .post("/event-streams/{id}/poll", this::poll);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            EventStreamRequest body = call.requiredBody(EventStreamRequest.class);
            if (body.status() != null && !"active".equals(body.status())) {
                throw BadRequestException.invalidValue("a new event stream is active; pause it with PATCH");
            }
            call.respond(201, render(useCases.create().create(new CreateEventStreamCommand(body.name(),
                    body.format(), body.destination(), eventTypes(body.subscriptions()), body.audience()))));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode streams = NODES.arrayNode();
            useCases.list().list().forEach(view -> streams.add(render(view)));
            call.respond(200, streams);
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.get().get(ResourceIds.eventStream(call.pathParameter("id"))))));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            EventStreamRequest body = call.requiredBody(EventStreamRequest.class);
            if (body.format() != null) {
                throw BadRequestException.invalidValue("format cannot change; create another stream");
            }
            call.respond(200, render(useCases.update().update(new UpdateEventStreamCommand(
                    ResourceIds.eventStream(call.pathParameter("id")), body.name(), body.status(),
                    body.destination(), body.subscriptions() == null ? null : eventTypes(body.subscriptions()),
                    body.audience()))));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(ResourceIds.eventStream(call.pathParameter("id")));
            call.noContent();
        });
    }

    private void deliveries(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer take = call.intQuery("take");
            if (take != null && (take < 1 || take > MAX_TAKE)) {
                throw BadRequestException.invalidValue("take must be 1 to " + MAX_TAKE);
            }
            ArrayNode attempts = NODES.arrayNode();
            for (DeliveryAttempt attempt : useCases.deliveries().deliveries(
                    ResourceIds.eventStream(call.pathParameter("id")), take == null ? DEFAULT_TAKE : take)) {
                ObjectNode node = attempts.addObject();
                node.put("event_id", attempt.eventId());
                if (attempt.lastEventId() != null) {
                    node.put("last_event_id", attempt.lastEventId());
                }
                node.put("events", attempt.events());
                node.put("attempted_at", attempt.at().toString());
                node.put("outcome", attempt.outcome().wireName());
                if (attempt.status() != null) {
                    node.put("status", attempt.status());
                }
                if (attempt.detail() != null) {
                    node.put("detail", attempt.detail());
                }
            }
            call.respond(200, attempts);
        });
    }

    private void redeliver(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            RedeliverRequest body = call.requiredBody(RedeliverRequest.class);
            int queued = useCases.redeliver().redeliver(new RedeliverEventsCommand(
                    ResourceIds.eventStream(call.pathParameter("id")), body.eventIds(),
                    instant(body.from(), "from"), instant(body.to(), "to")));
            call.respond(202, NODES.objectNode().put("queued", queued));
        });
    }

    private void poll(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            PollRequest body = call.body(PollRequest.class);
            PollRequest poll = body == null ? new PollRequest(null, null, null, null) : body;
            PollResult result = useCases.poll().poll(new PollCommand(
                    ResourceIds.eventStream(call.pathParameter("id")), poll.maxEvents(),
                    Boolean.TRUE.equals(poll.returnImmediately()), poll.ack(), poll.setErrs()));
            ObjectNode answer = NODES.objectNode();
            ObjectNode sets = answer.putObject("sets");
            result.sets().forEach(sets::put);
            answer.put("moreAvailable", result.moreAvailable());
            call.respond(200, answer);
        });
    }

    private static List<String> eventTypes(List<SubscriptionJson> subscriptions) {
        if (subscriptions == null) {
            return null;
        }
        return subscriptions.stream().map(s -> {
            if (s == null || s.eventType() == null) {
                throw BadRequestException.invalidValue("subscriptions[].event_type is required");
            }
            return s.eventType();
        }).toList();
    }

    private static Instant instant(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw BadRequestException.invalidValue(field + " must be an ISO 8601 instant");
        }
    }

    private static ObjectNode render(EventStreamView view) {
        EventStream stream = view.stream();
        ObjectNode node = NODES.objectNode();
        node.put("id", stream.id().value());
        node.put("name", stream.name());
        node.put("format", stream.format().wireName());
        node.put("status", stream.status().wireName());
        ObjectNode destination = node.putObject("destination");
        destination.put("type", stream.destination().wireType());
        if (stream.destination() instanceof EventDestination.Webhook webhook) {
            destination.put("url", webhook.url().toString());
            destination.put("authorization_set", webhook.authorization() != null);
            destination.put("batch", webhook.batch());
        }
        ArrayNode subscriptions = node.putArray("subscriptions");
        stream.subscriptions().forEach(type -> subscriptions.addObject().put("event_type", type.wireName()));
        if (stream.audience() != null) {
            node.put("audience", stream.audience());
        }
        ObjectNode delivery = node.putObject("delivery");
        delivery.put("pending", view.pending());
        delivery.put("failures", stream.delivery().failures());
        if (stream.delivery().nextAttemptAt() != null) {
            delivery.put("next_attempt_at", stream.delivery().nextAttemptAt().toString());
        }
        if (stream.delivery().lastError() != null) {
            delivery.put("last_error", stream.delivery().lastError());
        }
        node.put("created_at", stream.createdAt().toString());
        node.put("updated_at", stream.updatedAt().toString());
        return node;
    }
}
