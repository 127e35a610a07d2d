package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.management.Dtos.CreateConnectionRequest;
import dev.inboundscim.adapter.in.http.management.Dtos.UpdateConnectionRequest;
import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase.CreateConnectionCommand;
import dev.inboundscim.application.port.in.connection.DeleteConnectionUseCase;
import dev.inboundscim.application.port.in.connection.GetConnectionUseCase;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase.UpdateConnectionCommand;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v2/connections}. */
final class ConnectionRoutes implements HttpService {

    private final ManagementExchange exchange;
    private final CreateConnectionUseCase create;
    private final ListConnectionsUseCase list;
    private final GetConnectionUseCase get;
    private final UpdateConnectionUseCase update;
    private final DeleteConnectionUseCase delete;

    ConnectionRoutes(ManagementExchange exchange, ConnectionUseCases useCases) {
        this.exchange = exchange;
        this.create = useCases.create();
        this.list = useCases.list();
        this.get = useCases.get();
        this.update = useCases.update();
        this.delete = useCases.delete();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/connections", this::create)
                .get("/connections", this::list)
                .get("/connections/{id}", this::get)
                .patch("/connections/{id}", this::update)
                .delete("/connections/{id}", this::delete);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            CreateConnectionRequest body = call.body(CreateConnectionRequest.class);
            if (body == null) {
                throw BadRequestException.invalidValue("name and strategy are required");
            }
            Connection created = create.create(new CreateConnectionCommand(new ConnectionName(body.name()),
                    Strategy.parse(body.strategy()), body.displayName()));
            call.respond(201, ManagementMapper.INSTANCE.toResponse(new ConnectionView(created, false)));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                list.list().stream().map(ManagementMapper.INSTANCE::toResponse).toList()));
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                ManagementMapper.INSTANCE.toResponse(get.get(ResourceIds.connection(call.pathParameter("id"))))));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            UpdateConnectionRequest body = call.body(UpdateConnectionRequest.class);
            UpdateConnectionRequest fields = body == null ? new UpdateConnectionRequest(null, null) : body;
            call.respond(200, ManagementMapper.INSTANCE.toResponse(update.update(new UpdateConnectionCommand(
                    ResourceIds.connection(call.pathParameter("id")), fields.displayName(),
                    fields.syncUserProfileAtLogin()))));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            delete.delete(ResourceIds.connection(call.pathParameter("id")));
            call.noContent();
        });
    }
}
