package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.setup.CreateSetupTicketUseCase.CreateSetupTicketCommand;
import dev.inboundscim.application.port.in.setup.CreateSetupTicketUseCase;
import dev.inboundscim.application.port.in.setup.ListSetupTicketsUseCase;
import dev.inboundscim.application.port.in.setup.RevokeSetupTicketUseCase;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.setup.SetupTicketId;
import dev.inboundscim.domain.token.Scope;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * {@code /api/v2/connections/{id}/scim-configuration/setup-tickets} (SPEC §8): the ticket's URL, which holds its
 * secret, appears once, in the 201; listings show what a ticket may do and until when, never its URL.
 */
final class SetupTicketRoutes implements HttpService {

    private static final String PATH = "/connections/{id}/scim-configuration/setup-tickets";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final CreateSetupTicketUseCase create;
    private final ListSetupTicketsUseCase list;
    private final RevokeSetupTicketUseCase revoke;

    SetupTicketRoutes(ManagementExchange exchange, SetupTicketUseCases useCases) {
        this.exchange = exchange;
        this.create = useCases.create();
        this.list = useCases.list();
        this.revoke = useCases.revoke();
    }

    /** {@code POST}'s body: each field optional. */
    record CreateSetupTicketRequest(@JsonProperty("ttl_sec") Long ttlSeconds, List<String> scopes,
                                    @JsonProperty("token_lifetime") Long tokenLifetime) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, this::create)
                .get(PATH, this::list)
                .delete(PATH + "/{ticketId}", this::revoke);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            CreateSetupTicketRequest body = call.body(CreateSetupTicketRequest.class);
            CreateSetupTicketRequest fields = body == null ? new CreateSetupTicketRequest(null, null, null) : body;
            SetupTicket.Issued issued = create.create(new CreateSetupTicketCommand(
                    ResourceIds.connection(call.pathParameter("id")), fields.ttlSeconds(), fields.scopes(),
                    fields.tokenLifetime()));
            ObjectNode created = render(issued.ticket());
            created.put("ticket_url", call.baseUrl() + "/setup/" + issued.secret().reveal());
            call.respond(201, created);
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode tickets = NODES.arrayNode();
            list.list(ResourceIds.connection(call.pathParameter("id"))).forEach(t -> tickets.add(render(t)));
            call.respond(200, tickets);
        });
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            String ticketId = call.pathParameter("ticketId");
            if (!SetupTicketId.isWellFormed(ticketId)) {
                throw NotFoundException.resource("Setup ticket", "with this id");
            }
            revoke.revoke(ResourceIds.connection(call.pathParameter("id")), new SetupTicketId(ticketId));
            call.noContent();
        });
    }

    private static ObjectNode render(SetupTicket ticket) {
        ObjectNode node = NODES.objectNode();
        node.put("ticket_id", ticket.id().value());
        ArrayNode scopes = node.putArray("scopes");
        ticket.scopes().stream().map(Scope::wireName).sorted().forEach(scopes::add);
        if (ticket.tokenLifetime() == null) {
            node.putNull("token_lifetime");
        } else {
            node.put("token_lifetime", ticket.tokenLifetime());
        }
        node.put("created_at", ticket.createdAt().toString());
        node.put("expires_at", ticket.expiresAt().toString());
        if (ticket.tokenId() != null) {
            node.put("token_id", ticket.tokenId().value());
        }
        return node;
    }
}
