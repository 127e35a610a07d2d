package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.domain.signing.SigningKey;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;

/**
 * {@code /api/v2/keys/signing}: the keys that sign logout tokens, as Auth0 names the routes. Private keys never
 * leave the store.
 */
final class SigningKeyRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final SigningKeyUseCases useCases;

    SigningKeyRoutes(ManagementExchange exchange, SigningKeyUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/keys/signing", this::list)
                .post("/keys/signing/rotate", this::rotate)
                .put("/keys/signing/{kid}/revoke", this::revoke);
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode keys = NODES.arrayNode();
            useCases.list().list().forEach(key -> keys.add(render(key)));
            call.respond(200, keys);
        });
    }

    private void rotate(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            SigningKey key = useCases.rotate().rotate();
            call.respond(201, NODES.objectNode().put("kid", key.kid()));
        });
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.revoke().revoke(ResourceIds.signingKey(call.pathParameter("kid"))))));
    }

    private static ObjectNode render(SigningKey key) {
        ObjectNode node = NODES.objectNode();
        node.put("kid", key.kid());
        node.put("current", key.status() == SigningKey.Status.CURRENT);
        node.put("previous", key.status() == SigningKey.Status.PREVIOUS);
        node.put("revoked", key.status() == SigningKey.Status.REVOKED);
        node.put("status", key.status().name().toLowerCase(Locale.ROOT));
        node.put("created_at", key.createdAt().toString());
        if (key.rotatedAt() != null) {
            node.put(key.status() == SigningKey.Status.REVOKED ? "revoked_at" : "rotated_at",
                    key.rotatedAt().toString());
        }
        return node;
    }
}
