package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.oauth.CreateFederatedCredentialUseCase.CreateFederatedCredentialCommand;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.FederatedCredentialId;
import dev.inboundscim.domain.token.Scope;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * {@code /api/v2/connections/{id}/scim-configuration/federated-credentials} (SPEC §9): what an IdP's signed
 * assertions must say (issuer, subject, audience) and where their keys are (JWKS URL). Nothing secret.
 */
final class FederatedCredentialRoutes implements HttpService {

    private static final String PATH = "/connections/{id}/scim-configuration/federated-credentials";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final FederatedCredentialUseCases useCases;

    FederatedCredentialRoutes(ManagementExchange exchange, FederatedCredentialUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record CreateCredentialRequest(String issuer, String subject, String audience,
                                   @JsonProperty("jwks_uri") String jwksUri, List<String> scopes) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::create)
                .get(PATH, this::list)
                .get(PATH + "/{credentialId}", this::get)
                .delete(PATH + "/{credentialId}", this::delete);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            CreateCredentialRequest body = call.requiredBody(CreateCredentialRequest.class);
            call.respond(201, render(useCases.create().create(new CreateFederatedCredentialCommand(
                    ResourceIds.connection(call.pathParameter("id")), body.issuer(), body.subject(), body.audience(),
                    body.jwksUri(), body.scopes()))));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode credentials = NODES.arrayNode();
            useCases.list().list(ResourceIds.connection(call.pathParameter("id")))
                    .forEach(c -> credentials.add(render(c)));
            call.respond(200, credentials);
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200, render(useCases.get().get(
                ResourceIds.connection(call.pathParameter("id")), credentialId(call.pathParameter("credentialId"))))));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(ResourceIds.connection(call.pathParameter("id")),
                    credentialId(call.pathParameter("credentialId")));
            call.noContent();
        });
    }

    private static FederatedCredentialId credentialId(String text) {
        if (!FederatedCredentialId.isWellFormed(text)) {
            throw NotFoundException.resource("Federated credential", "with this id");
        }
        return new FederatedCredentialId(text);
    }

    private static ObjectNode render(FederatedCredential credential) {
        ObjectNode node = NODES.objectNode();
        node.put("credential_id", credential.id().value());
        node.put("issuer", credential.issuer());
        node.put("subject", credential.subject());
        node.put("audience", credential.audience());
        node.put("jwks_uri", credential.jwksUri().toString());
        ArrayNode scopes = node.putArray("scopes");
        credential.scopes().stream().map(Scope::wireName).sorted().forEach(scopes::add);
        node.put("created_at", credential.createdAt().toString());
        if (credential.lastUsedAt() != null) {
            node.put("last_used_at", credential.lastUsedAt().toString());
        }
        return node;
    }
}
