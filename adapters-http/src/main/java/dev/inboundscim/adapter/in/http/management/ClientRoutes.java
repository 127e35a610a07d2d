package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.client.CreateClientUseCase.CreateClientCommand;
import dev.inboundscim.application.port.in.client.UpdateClientUseCase.UpdateClientCommand;
import dev.inboundscim.domain.client.Client;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/** {@code /api/v2/clients}: applications and their back-channel logout URLs, in Auth0's shape. */
final class ClientRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final ClientUseCases useCases;

    ClientRoutes(ManagementExchange exchange, ClientUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record OidcLogoutJson(@JsonProperty("backchannel_logout_urls") List<String> backchannelLogoutUrls) {
    }

    record ClientRequest(String name, @JsonProperty("oidc_logout") OidcLogoutJson oidcLogout) {
        List<String> logoutUrls() {
            return oidcLogout == null ? null : oidcLogout.backchannelLogoutUrls();
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/clients", this::create)
                .get("/clients", this::list)
                .get("/clients/{id}", this::get)
                .patch("/clients/{id}", this::update)
                .delete("/clients/{id}", this::delete);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(201,
                render(create(call.requiredBody(ClientRequest.class)))));
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode clients = NODES.arrayNode();
            useCases.list().list().forEach(c -> clients.add(render(c)));
            call.respond(200, clients);
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.get().get(ResourceIds.client(call.pathParameter("id"))))));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ClientRequest body = call.requiredBody(ClientRequest.class);
            call.respond(200, render(useCases.update().update(new UpdateClientCommand(
                    ResourceIds.client(call.pathParameter("id")), body.name(), body.logoutUrls()))));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(ResourceIds.client(call.pathParameter("id")));
            call.noContent();
        });
    }

    private Client create(ClientRequest body) {
        return useCases.create().create(new CreateClientCommand(body.name(), body.logoutUrls()));
    }

    private static ObjectNode render(Client client) {
        ObjectNode node = NODES.objectNode();
        node.put("client_id", client.id().value());
        node.put("name", client.name());
        ArrayNode urls = node.putObject("oidc_logout").putArray("backchannel_logout_urls");
        client.backchannelLogoutUrls().forEach(url -> urls.add(url.toString()));
        node.put("created_at", client.createdAt().toString());
        node.put("updated_at", client.updatedAt().toString());
        return node;
    }
}
