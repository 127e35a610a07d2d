package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.oauth.CreateScimClientUseCase.CreateScimClientCommand;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;
import dev.inboundscim.domain.token.Scope;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * {@code /api/v2/connections/{id}/scim-configuration/clients} (SPEC §9): OAuth clients of the connection's SCIM
 * endpoint and their secrets; a secret appears once, in the 201 that creates it.
 */
final class ScimClientRoutes implements HttpService {

    private static final String PATH = "/connections/{id}/scim-configuration/clients";
    private static final String CLIENT = PATH + "/{clientId}";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final ScimClientUseCases useCases;

    ScimClientRoutes(ManagementExchange exchange, ScimClientUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record CreateClientRequest(List<String> scopes, String description,
                               @JsonProperty("secret_lifetime") Long secretLifetime) {
    }

    record AddSecretRequest(@JsonProperty("secret_lifetime") Long secretLifetime) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::create)
                .get(PATH, this::list)
                .get(CLIENT, this::get)
                .delete(CLIENT, this::delete)
                .post(CLIENT + "/secrets", this::addSecret)
                .delete(CLIENT + "/secrets/{secretId}", this::deleteSecret);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            CreateClientRequest body = call.requiredBody(CreateClientRequest.class);
            ScimClient.Created created = useCases.create().create(new CreateScimClientCommand(
                    ResourceIds.connection(call.pathParameter("id")), body.scopes(), body.description(),
                    body.secretLifetime()));
            ObjectNode answer = render(created.client());
            answer.remove("secrets");
            revealed(answer, created.secret());
            call.respond(201, answer);
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode clients = NODES.arrayNode();
            useCases.list().list(ResourceIds.connection(call.pathParameter("id"))).forEach(c -> clients.add(render(c)));
            call.respond(200, clients);
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200, render(useCases.get().get(
                ResourceIds.connection(call.pathParameter("id")), clientId(call.pathParameter("clientId"))))));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(ResourceIds.connection(call.pathParameter("id")),
                    clientId(call.pathParameter("clientId")));
            call.noContent();
        });
    }

    private void addSecret(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            AddSecretRequest body = call.body(AddSecretRequest.class);
            ClientSecret.Issued issued = useCases.addSecret().add(ResourceIds.connection(call.pathParameter("id")),
                    clientId(call.pathParameter("clientId")), body == null ? null : body.secretLifetime());
            call.respond(201, revealed(NODES.objectNode(), issued));
        });
    }

    private void deleteSecret(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            // Outer to inner: the connection, then the client, then the secret names what is not found.
            var connection = ResourceIds.connection(call.pathParameter("id"));
            ScimClientId client = clientId(call.pathParameter("clientId"));
            String secretId = call.pathParameter("secretId");
            if (!ClientSecretId.isWellFormed(secretId)) {
                throw NotFoundException.resource("Secret", "with this id");
            }
            useCases.deleteSecret().delete(connection, client, new ClientSecretId(secretId));
            call.noContent();
        });
    }

    private static ScimClientId clientId(String text) {
        if (!ScimClientId.isWellFormed(text)) {
            throw NotFoundException.resource("Client", "with this id");
        }
        return new ScimClientId(text);
    }

    /** The secret's fields, with its value: only in the answer that creates it. */
    private static ObjectNode revealed(ObjectNode node, ClientSecret.Issued issued) {
        node.put("secret_id", issued.secret().id().value());
        node.put("client_secret", issued.value().reveal());
        node.put("created_at", issued.secret().createdAt().toString());
        node.put("valid_until", issued.secret().validUntil().toString());
        return node;
    }

    private static ObjectNode render(ScimClient client) {
        ObjectNode node = NODES.objectNode();
        node.put("client_id", client.id().value());
        ArrayNode scopes = node.putArray("scopes");
        client.scopes().stream().map(Scope::wireName).sorted().forEach(scopes::add);
        if (client.description() != null) {
            node.put("description", client.description());
        }
        node.put("created_at", client.createdAt().toString());
        if (client.lastUsedAt() != null) {
            node.put("last_used_at", client.lastUsedAt().toString());
        }
        ArrayNode secrets = node.putArray("secrets");
        for (ClientSecret secret : client.secrets()) {
            secrets.addObject().put("secret_id", secret.id().value())
                    .put("created_at", secret.createdAt().toString())
                    .put("valid_until", secret.validUntil().toString());
        }
        return node;
    }
}
