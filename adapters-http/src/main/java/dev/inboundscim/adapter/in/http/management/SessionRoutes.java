package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.application.port.in.session.RecordLoginUseCase.LoggedIn;
import dev.inboundscim.application.port.in.session.RecordLoginUseCase.LoginCommand;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.LinkIdentityCommand;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.Secondary;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryById;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryByKey;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryUnknown;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.role.OrganizationRoles;
import dev.inboundscim.domain.session.RefreshToken;
import dev.inboundscim.domain.session.Session;
import dev.inboundscim.domain.user.UserId;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Logins reported by the login layer ({@code POST /connections/{id}/logins}), users' sessions and refresh tokens
 * ({@code /users/{id}/sessions}, {@code /users/{id}/refresh-tokens}) and account linking
 * ({@code POST /users/{id}/identities}), in Auth0's shapes.
 */
final class SessionRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final SessionUseCases useCases;

    SessionRoutes(ManagementExchange exchange, SessionUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record LoginRequest(JsonNode claims, @JsonProperty("session_id") String sessionId,
                        @JsonProperty("client_id") String clientId,
                        @JsonProperty("refresh_token_id") String refreshTokenId) {
    }

    record LinkRequest(@JsonProperty("user_id") String userId, @JsonProperty("connection_id") String connectionId,
                       String provider) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/connections/{connectionId}/logins", this::login)
                .post("/users/{userId}/identities", this::link)
                .get("/users/{userId}/sessions", this::sessions)
                .delete("/users/{userId}/sessions", this::endSessions)
                .get("/users/{userId}/refresh-tokens", this::refreshTokens)
                .delete("/users/{userId}/refresh-tokens", this::revokeRefreshTokens);
    }

    private void login(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            LoginRequest body = call.requiredBody(LoginRequest.class);
            if (body.claims() == null) {
                throw BadRequestException.invalidValue("claims is required");
            }
            LoggedIn loggedIn = useCases.login().login(new LoginCommand(
                    ResourceIds.connection(call.pathParameter("connectionId")), call.object(body.claims(), "claims"),
                    body.sessionId(), ResourceIds.loginClient(body.clientId()), body.refreshTokenId()));
            // The user, then what it may do now (SPEC §12): tenant roles and each organization's.
            ObjectNode answer = UserProfileDocument.render(loggedIn.profile());
            answer.set("roles", RoleRoutes.render(loggedIn.roles()));
            ArrayNode organizations = answer.putArray("organizations");
            for (OrganizationRoles organization : loggedIn.organizations()) {
                organizations.addObject().put("id", organization.organizationId().value())
                        .set("roles", RoleRoutes.render(organization.roles()));
            }
            call.respond(200, answer);
        });
    }

    /** Auth0 answers 201 with the primary's identities. */
    private void link(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            LinkRequest body = call.requiredBody(LinkRequest.class);
            call.respond(201, UserProfileDocument.identities(useCases.linkIdentity().link(new LinkIdentityCommand(
                    PathIds.user(call.pathParameter("userId")), secondary(body)))));
        });
    }

    /** The secondary account the body names; null when it names none (400, once the primary is found). */
    private static Secondary secondary(LinkRequest body) {
        if (body.userId() == null || body.userId().isBlank()) {
            return null;
        }
        if (body.connectionId() == null) {
            return UserId.isAcceptable(body.userId()) ? new SecondaryById(new UserId(body.userId()))
                    : new SecondaryUnknown();
        }
        return ConnectionId.isWellFormed(body.connectionId()) && UserId.isAcceptable(body.userId())
                ? new SecondaryByKey(new ConnectionId(body.connectionId()), body.userId(), body.provider())
                : new SecondaryUnknown();
    }

    private void sessions(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ObjectNode body = NODES.objectNode();
            ArrayNode sessions = body.putArray("sessions");
            for (Session session : useCases.listSessions().list(PathIds.user(call.pathParameter("userId")))) {
                ObjectNode node = sessions.addObject();
                node.put("id", session.id());
                node.put("user_id", session.userId().value());
                node.put("created_at", session.createdAt().toString());
                node.put("updated_at", session.lastLoginAt().toString());
                node.put("last_interacted_at", session.lastLoginAt().toString());
                ArrayNode clients = node.putArray("clients");
                if (session.clientId() != null) {
                    clients.addObject().put("client_id", session.clientId());
                }
            }
            call.respond(200, body);
        });
    }

    private void endSessions(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.endSessions().end(PathIds.user(call.pathParameter("userId")));
            call.noContent();
        });
    }

    private void refreshTokens(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ObjectNode body = NODES.objectNode();
            ArrayNode tokens = body.putArray("tokens");
            for (RefreshToken token : useCases.listRefreshTokens().list(PathIds.user(call.pathParameter("userId")))) {
                ObjectNode node = tokens.addObject();
                node.put("id", token.id());
                node.put("user_id", token.userId().value());
                node.put("created_at", token.createdAt().toString());
                if (token.clientId() != null) {
                    node.put("client_id", token.clientId());
                }
                if (token.sessionId() != null) {
                    node.put("session_id", token.sessionId());
                }
            }
            call.respond(200, body);
        });
    }

    private void revokeRefreshTokens(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.revokeRefreshTokens().revoke(PathIds.user(call.pathParameter("userId")));
            call.noContent();
        });
    }
}
