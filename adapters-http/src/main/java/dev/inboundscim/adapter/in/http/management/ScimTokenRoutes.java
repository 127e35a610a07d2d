package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.management.Dtos.IssueTokenRequest;
import dev.inboundscim.adapter.in.http.management.Dtos.IssuedTokenResponse;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase.IssueScimTokenCommand;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase;
import dev.inboundscim.application.port.in.token.ListScimTokensUseCase;
import dev.inboundscim.application.port.in.token.RevokeScimTokenUseCase;
import dev.inboundscim.domain.token.ScimToken;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v2/connections/{id}/scim-configuration/tokens}: the secret appears once, in the 201. */
final class ScimTokenRoutes implements HttpService {

    private static final String PATH = "/connections/{id}/scim-configuration/tokens";

    private final ManagementExchange exchange;
    private final IssueScimTokenUseCase issue;
    private final ListScimTokensUseCase list;
    private final RevokeScimTokenUseCase revoke;

    ScimTokenRoutes(ManagementExchange exchange, ScimTokenUseCases useCases) {
        this.exchange = exchange;
        this.issue = useCases.issue();
        this.list = useCases.list();
        this.revoke = useCases.revoke();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::issue)
                .get(PATH, this::list)
                .delete(PATH + "/{tokenId}", this::revoke);
    }

    private void issue(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            IssueTokenRequest requested = call.body(IssueTokenRequest.class);
            IssueTokenRequest body = requested == null ? new IssueTokenRequest(null, null) : requested;
            ScimToken.Issued issued = issue.issue(new IssueScimTokenCommand(
                    ResourceIds.connection(call.pathParameter("id")), body.scopes(), body.tokenLifetime()));
            ScimToken token = issued.token();
            call.respond(201, new IssuedTokenResponse(token.id().value(), issued.secret().reveal(),
                    ManagementMapper.INSTANCE.map(token.scopes()), token.createdAt().toString(),
                    ManagementMapper.INSTANCE.map(token.validUntil())));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                list.list(ResourceIds.connection(call.pathParameter("id"))).stream()
                        .map(ManagementMapper.INSTANCE::toResponse).toList()));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            revoke.revoke(ResourceIds.connection(call.pathParameter("id")),
                    ResourceIds.token(call.pathParameter("tokenId")));
            call.noContent();
        });
    }
}
