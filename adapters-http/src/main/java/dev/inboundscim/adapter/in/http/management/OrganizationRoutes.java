package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.organization.CreateOrganizationUseCase.CreateOrganizationCommand;
import dev.inboundscim.application.port.in.organization.EnableConnectionUseCase.EnableConnectionCommand;
import dev.inboundscim.application.port.in.organization.ListOrganizationMembersUseCase.ListMembersCommand;
import dev.inboundscim.application.port.in.organization.ListOrganizationMembersUseCase.MemberPage;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.user.User;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v2/organizations}, their enabled connections and members, in Auth0's shapes. */
final class OrganizationRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final OrganizationUseCases useCases;

    OrganizationRoutes(ManagementExchange exchange, OrganizationUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record OrganizationRequest(String name, @JsonProperty("display_name") String displayName) {
    }

    record EnableRequest(@JsonProperty("connection_id") String connectionId,
                         @JsonProperty("assign_membership_on_login") Boolean assignMembershipOnLogin) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/organizations", this::create)
                .get("/organizations", this::list)
                .get("/organizations/{id}", this::get)
                .delete("/organizations/{id}", this::delete)
                .post("/organizations/{id}/enabled_connections", this::enable)
                .get("/organizations/{id}/enabled_connections", this::enabledConnections)
                .get("/organizations/{id}/members", this::members);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            OrganizationRequest body = call.requiredBody(OrganizationRequest.class);
            call.respond(201, render(useCases.create().create(new CreateOrganizationCommand(body.name(),
                    body.displayName()))));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode organizations = NODES.arrayNode();
            useCases.list().list().forEach(o -> organizations.add(render(o)));
            call.respond(200, organizations);
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.get().get(ResourceIds.organization(call.pathParameter("id"))))));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(ResourceIds.organization(call.pathParameter("id")));
            call.noContent();
        });
    }

    private void enable(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            EnableRequest body = call.requiredBody(EnableRequest.class);
            call.respond(201, render(useCases.enableConnection().enable(new EnableConnectionCommand(
                    ResourceIds.organization(call.pathParameter("id")),
                    ResourceIds.optionalConnection(body.connectionId()),
                    Boolean.TRUE.equals(body.assignMembershipOnLogin())))));
        });
    }

    private void enabledConnections(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            ArrayNode connections = NODES.arrayNode();
            useCases.enabledConnections().enabledConnections(ResourceIds.organization(call.pathParameter("id")))
                    .forEach(c -> connections.add(render(c)));
            call.respond(200, connections);
        });
    }

    private void members(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            MemberPage page = useCases.members().members(new ListMembersCommand(
                    ResourceIds.organization(call.pathParameter("id")), ResourceIds.userCheckpoint(call.query("from"),
                            "from must be the next checkpoint of a previous page"),
                    call.intQuery("take")));
            ObjectNode body = NODES.objectNode();
            ArrayNode members = body.putArray("members");
            for (User user : page.members()) {
                ObjectNode member = members.addObject().put("user_id", user.id().value());
                for (String field : new String[] {"email", "name", "picture"}) {
                    if (user.attributes().get(field).orElse(null) instanceof ScimString text) {
                        member.put(field, text.value());
                    }
                }
            }
            if (page.next() != null) {
                body.put("next", page.next());
            }
            call.respond(200, body);
        });
    }

    private static ObjectNode render(Organization organization) {
        ObjectNode node = NODES.objectNode();
        node.put("id", organization.id().value());
        node.put("name", organization.name());
        if (organization.displayName() != null) {
            node.put("display_name", organization.displayName());
        }
        return node;
    }

    private static ObjectNode render(EnabledConnection enabled) {
        return NODES.objectNode().put("connection_id", enabled.connectionId().value())
                .put("assign_membership_on_login", enabled.assignMembershipOnLogin());
    }
}
