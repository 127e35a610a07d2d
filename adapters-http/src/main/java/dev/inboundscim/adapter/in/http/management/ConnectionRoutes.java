package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.management.Dtos.ConnectionResponse;
import dev.inboundscim.adapter.in.http.management.Dtos.CreateConnectionRequest;
import dev.inboundscim.adapter.in.http.management.Dtos.UpdateConnectionRequest;
import dev.inboundscim.application.port.in.connection.ConnectionView;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase.CreateConnectionCommand;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase;
import dev.inboundscim.application.port.in.connection.DeleteConnectionUseCase;
import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase.ConnectionHealth;
import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase.GetConnectionHealthCommand;
import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase;
import dev.inboundscim.application.port.in.connection.GetConnectionUseCase;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase.ConnectionsPage;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase.ListConnectionsCommand;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase.UpdateConnectionCommand;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/v2/connections}. */
final class ConnectionRoutes implements HttpService {

    private static final int DEFAULT_HEALTH_WINDOW_SECONDS = 3600;

    private final ManagementExchange exchange;
    private final CreateConnectionUseCase create;
    private final ListConnectionsUseCase list;
    private final GetConnectionUseCase get;
    private final UpdateConnectionUseCase update;
    private final DeleteConnectionUseCase delete;
    private final GetConnectionHealthUseCase health;

    ConnectionRoutes(ManagementExchange exchange, ConnectionUseCases useCases) {
        this.exchange = exchange;
        this.create = useCases.create();
        this.list = useCases.list();
        this.get = useCases.get();
        this.update = useCases.update();
        this.delete = useCases.delete();
        this.health = useCases.health();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/connections", this::create)
                .get("/connections", this::list)
                .get("/connections/{id}", this::get)
                .patch("/connections/{id}", this::update)
                .delete("/connections/{id}", this::delete)
                .get("/connections/{id}/health", this::health);
    }

    /** The console's health view: SCIM traffic over {@code window} seconds (default an hour) and token expiry. */
    private void health(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer window = call.intQuery("window");
            ConnectionHealth found = health.health(new GetConnectionHealthCommand(
                    ResourceIds.connection(call.pathParameter("id")),
                    Duration.ofSeconds(window == null ? DEFAULT_HEALTH_WINDOW_SECONDS : window)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("connection_id", found.connectionId().value());
            body.put("from", found.from().toString());
            body.put("to", found.to().toString());
            body.put("requests", found.requests());
            body.put("errors", found.errors());
            body.put("error_rate", found.errorRate().isPresent() ? found.errorRate().getAsDouble() : null);
            body.put("rate_limited_seconds", found.rateLimitedSeconds());
            Map<String, Object> tokens = new LinkedHashMap<>();
            tokens.put("total", found.tokens());
            tokens.put("expiring_within_14_days", found.tokensExpiringSoon());
            tokens.put("expired", found.tokensExpired());
            body.put("tokens", tokens);
            call.respond(200, body);
        });
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            CreateConnectionRequest body = call.body(CreateConnectionRequest.class);
            if (body == null) {
                throw BadRequestException.invalidValue("name and strategy are required");
            }
            Connection created = create.create(new CreateConnectionCommand(new ConnectionName(body.name()),
                    Strategy.parse(body.strategy()), body.displayName()));
            call.respond(201, ManagementMapper.INSTANCE.toResponse(new ConnectionView(created, false), call.baseUrl()));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            String strategy = call.query("strategy");
            String name = call.query("name");
            ConnectionsPage page = list.list(new ListConnectionsCommand(
                    strategy == null || strategy.isBlank() ? null : Strategy.parse(strategy),
                    name == null || name.isBlank() ? null : name, call.intQuery("page"), call.intQuery("per_page")));
            List<ConnectionResponse> connections = page.connections().stream()
                    .map(view -> ManagementMapper.INSTANCE.toResponse(view, call.baseUrl())).toList();
            if (!call.flag("include_totals")) {
                call.respond(200, connections);
                return;
            }
            // Auth0's shape with include_totals=true.
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("start", page.start());
            totals.put("limit", page.limit());
            totals.put("length", connections.size());
            totals.put("total", page.total());
            totals.put("connections", connections);
            call.respond(200, totals);
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                ManagementMapper.INSTANCE.toResponse(get.get(ResourceIds.connection(call.pathParameter("id"))),
                        call.baseUrl())));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            UpdateConnectionRequest body = call.body(UpdateConnectionRequest.class);
            UpdateConnectionRequest fields = body == null ? new UpdateConnectionRequest(null, null) : body;
            call.respond(200, ManagementMapper.INSTANCE.toResponse(update.update(new UpdateConnectionCommand(
                    ResourceIds.connection(call.pathParameter("id")), fields.displayName(),
                    fields.syncUserProfileAtLogin())), call.baseUrl()));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            delete.delete(ResourceIds.connection(call.pathParameter("id")));
            call.noContent();
        });
    }
}
