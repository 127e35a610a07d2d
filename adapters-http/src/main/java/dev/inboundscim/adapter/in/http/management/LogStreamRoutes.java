package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.logstream.CreateLogStreamUseCase.CreateLogStreamCommand;
import dev.inboundscim.application.port.in.logstream.FilterInput;
import dev.inboundscim.application.port.in.logstream.LogStreamView;
import dev.inboundscim.application.port.in.logstream.UpdateLogStreamUseCase.UpdateLogStreamCommand;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.logstream.LogStream;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * {@code /api/v2/log-streams}, in Auth0's shape. The sink's {@code httpAuthorization} is write-only: responses say
 * whether one is set, never what it is.
 */
final class LogStreamRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final LogStreamUseCases useCases;

    LogStreamRoutes(ManagementExchange exchange, LogStreamUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record SinkJson(String httpEndpoint, String httpAuthorization, String httpContentFormat) {
    }

    record LogStreamRequest(String name, String type, String status, SinkJson sink, List<FilterInput> filters) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/log-streams", this::create)
                .get("/log-streams", this::list)
                .get("/log-streams/{id}", this::get)
                .patch("/log-streams/{id}", this::update)
                .delete("/log-streams/{id}", this::delete);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            LogStreamRequest body = call.requiredBody(LogStreamRequest.class);
            SinkJson sink = body.sink() == null ? new SinkJson(null, null, null) : body.sink();
            if (body.status() != null && !"active".equals(body.status())) {
                throw BadRequestException.invalidValue("a new log stream is active; pause it with PATCH");
            }
            call.respond(201, render(useCases.create().create(new CreateLogStreamCommand(body.name(), body.type(),
                    sink.httpEndpoint(), sink.httpAuthorization(), sink.httpContentFormat(), body.filters()))));
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
                render(useCases.get().get(ResourceIds.logStream(call.pathParameter("id"))))));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            LogStreamRequest body = call.requiredBody(LogStreamRequest.class);
            if (body.type() != null && !"http".equals(body.type())) {
                throw BadRequestException.invalidValue("type cannot change");
            }
            SinkJson sink = body.sink() == null ? new SinkJson(null, null, null) : body.sink();
            call.respond(200, render(useCases.update().update(new UpdateLogStreamCommand(
                    ResourceIds.logStream(call.pathParameter("id")), body.name(), body.status(), sink.httpEndpoint(),
                    sink.httpAuthorization(), sink.httpContentFormat(), body.filters()))));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(ResourceIds.logStream(call.pathParameter("id")));
            call.noContent();
        });
    }

    private static ObjectNode render(LogStreamView view) {
        LogStream stream = view.stream();
        ObjectNode node = NODES.objectNode();
        node.put("id", stream.id().value());
        node.put("name", stream.name());
        node.put("type", "http");
        node.put("status", stream.status().wireName());
        ObjectNode sink = node.putObject("sink");
        sink.put("httpEndpoint", stream.sink().endpoint().toString());
        sink.put("httpContentFormat", stream.sink().format().name());
        sink.put("httpContentType", "application/json");
        sink.put("httpAuthorizationSet", stream.sink().authorization() != null);
        ArrayNode filters = node.putArray("filters");
        stream.categories().forEach(c -> filters.addObject().put("type", "category").put("name", c.wireName()));
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
