package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.application.port.in.role.AssignRolesUseCase.RoleAssignmentCommand;
import dev.inboundscim.application.port.in.role.CreateRoleUseCase.CreateRoleCommand;
import dev.inboundscim.application.port.in.role.ListRolesUseCase.ListRolesCommand;
import dev.inboundscim.application.port.in.role.UpdateRoleUseCase.UpdateRoleCommand;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.RoleSource;
import dev.inboundscim.domain.role.RoleTarget;
import dev.inboundscim.domain.scim.paging.Page;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /api/v2/roles} and the role assignments of SPEC §12 in Auth0's shapes: a role is {@code {id, name,
 * description}}; each assignment route takes {@code {"roles": [role_id…]}} and answers 204.
 */
final class RoleRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String USER_ROLES = "/users/{userId}/roles";
    private static final String GROUP_ROLES = "/groups/{groupId}/roles";
    private static final String ORGANIZATION_GROUP_ROLES = "/organizations/{id}/groups/{groupId}/roles";

    private final ManagementExchange exchange;
    private final RoleUseCases useCases;

    RoleRoutes(ManagementExchange exchange, RoleUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    record RoleRequest(String name, String description) {
    }

    record RolesRequest(List<String> roles) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/roles", this::create)
                .get("/roles", this::list)
                .get("/roles/{roleId}", this::get)
                .patch("/roles/{roleId}", this::update)
                .delete("/roles/{roleId}", this::delete)
                .get(USER_ROLES, this::effective)
                .post(USER_ROLES, (req, res) -> change(req, res, RoleRoutes::user, true))
                .delete(USER_ROLES, (req, res) -> change(req, res, RoleRoutes::user, false))
                .get(GROUP_ROLES, (req, res) -> assigned(req, res, RoleRoutes::group))
                .post(GROUP_ROLES, (req, res) -> change(req, res, RoleRoutes::group, true))
                .delete(GROUP_ROLES, (req, res) -> change(req, res, RoleRoutes::group, false))
                .get(ORGANIZATION_GROUP_ROLES, (req, res) -> assigned(req, res, RoleRoutes::organizationGroup))
                .post(ORGANIZATION_GROUP_ROLES, (req, res) -> change(req, res, RoleRoutes::organizationGroup, true))
                .delete(ORGANIZATION_GROUP_ROLES, (req, res) -> change(req, res, RoleRoutes::organizationGroup,
                        false))
                .get("/organizations/{id}/members/{userId}/roles", this::organizationMember);
    }

    private void create(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            RoleRequest body = call.requiredBody(RoleRequest.class);
            call.respond(201, render(useCases.create().create(new CreateRoleCommand(body.name(),
                    body.description()))));
        });
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer page = call.intQuery("page");
            Integer perPage = call.intQuery("per_page");
            Page<Role> roles = useCases.list().list(new ListRolesCommand(page, perPage));
            ArrayNode items = NODES.arrayNode();
            roles.items().forEach(role -> items.add(render(role)));
            if (call.flag("include_totals")) {
                ObjectNode body = NODES.objectNode();
                int limit = perPage == null ? 50 : Math.max(0, Math.min(perPage, 100));
                body.put("start", Math.max(0, page == null ? 0 : page) * (long) limit);
                body.put("limit", limit);
                body.put("length", roles.items().size());
                body.put("total", roles.total());
                body.set("roles", items);
                call.respond(200, body);
            } else {
                call.respond(200, items);
            }
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.get().get(role(call.pathParameter("roleId"))))));
    }

    private void update(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            RoleId id = role(call.pathParameter("roleId"));
            RoleRequest body = call.requiredBody(RoleRequest.class);
            call.respond(200, render(useCases.update().update(new UpdateRoleCommand(id, body.name(),
                    body.description()))));
        });
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            useCases.delete().delete(role(call.pathParameter("roleId")));
            call.noContent();
        });
    }

    private void change(ServerRequest request, ServerResponse response,
                        Function<ManagementExchange.Call, RoleTarget> target, boolean assign) {
        exchange.run(request, response, call -> {
            RoleTarget named = target.apply(call);
            RolesRequest body = call.requiredBody(RolesRequest.class);
            if (body.roles() == null || body.roles().isEmpty()) {
                throw BadRequestException.invalidValue("roles must name at least one role id");
            }
            RoleAssignmentCommand command = new RoleAssignmentCommand(named,
                    body.roles().stream().map(RoleRoutes::role).toList());
            if (assign) {
                useCases.assign().assign(command);
            } else {
                useCases.remove().remove(command);
            }
            call.noContent();
        });
    }

    private void assigned(ServerRequest request, ServerResponse response,
                          Function<ManagementExchange.Call, RoleTarget> target) {
        exchange.run(request, response, call -> {
            ArrayNode roles = NODES.arrayNode();
            useCases.assigned().list(target.apply(call)).forEach(role -> roles.add(render(role)));
            call.respond(200, roles);
        });
    }

    private void effective(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.effective().effective(PathIds.user(call.pathParameter("userId"))))));
    }

    private void organizationMember(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200, render(useCases.organizationMember().roles(
                ResourceIds.organization(call.pathParameter("id")), PathIds.user(call.pathParameter("userId"))))));
    }

    private static RoleTarget user(ManagementExchange.Call call) {
        return new RoleTarget.User(PathIds.user(call.pathParameter("userId")));
    }

    private static RoleTarget group(ManagementExchange.Call call) {
        return new RoleTarget.Group(PathIds.group(call.pathParameter("groupId")));
    }

    private static RoleTarget organizationGroup(ManagementExchange.Call call) {
        return new RoleTarget.OrganizationGroup(ResourceIds.organization(call.pathParameter("id")),
                PathIds.group(call.pathParameter("groupId")));
    }

    /** A role id in a path or a body: one that cannot exist is answered like an unknown one. */
    private static RoleId role(String text) {
        return PathIds.parse(text, RoleId::isWellFormed, RoleId::new, () -> new NotFoundException("Role not found"));
    }

    static ObjectNode render(Role role) {
        ObjectNode node = NODES.objectNode().put("id", role.id().value()).put("name", role.name());
        if (role.description() != null) {
            node.put("description", role.description());
        }
        return node;
    }

    /** Effective roles: each role with its {@code sources}. */
    static ArrayNode render(List<EffectiveRole> roles) {
        ArrayNode array = NODES.arrayNode();
        for (EffectiveRole role : roles) {
            ObjectNode node = render(role.role());
            ArrayNode sources = node.putArray("sources");
            role.sources().stream().map(RoleSource::text).forEach(sources::add);
            array.add(node);
        }
        return array;
    }
}
