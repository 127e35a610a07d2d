package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.application.port.in.scim.GetScimRoleUseCase.GetScimRoleCommand;
import dev.inboundscim.application.port.in.scim.ListScimRolesUseCase.ListScimRolesCommand;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.RoleSchema;
import dev.inboundscim.domain.scim.paging.Page;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /Roles[/{id}]} for identity providers that import roles (SPEC §12, draft-ietf-scim-roles-entitlements):
 * read-only, with the {@code get:users} scope (roles are part of provisioning users); any write is 405.
 */
final class ScimRoleRoutes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ScimExchange exchange;
    private final ScimRoleUseCases useCases;

    ScimRoleRoutes(ScimExchange exchange, ScimRoleUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    ScimRoute route(Method method, ScimPath path) {
        if (!path.isEndpoint() && !path.isSingleSegment()) {
            return null;
        }
        if (!Method.GET.equals(method)) {
            return (p, request, response) -> exchange.reject(p, request, response, 405, "Roles are read-only");
        }
        return path.isEndpoint() ? this::list : this::get;
    }

    private void list(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_ROLES, (context, call) -> {
            SearchRequest search = SearchRequest.fromQuery(call, null);
            Page<Role> page = useCases.list().list(new ListScimRolesCommand(context,
                    RoleFilter.of(search.parsedFilter()), search.startIndex(), search.count(), call.info()));
            String endpoint = endpoint(call, context.connection().id().value());
            ArrayNode resources = NODES.arrayNode();
            page.items().forEach(role -> resources.add(document(role, endpoint)));
            int start = search.startIndex() == null ? 1 : Math.max(1, search.startIndex());
            call.respond(200, new ListResponse(page.total(), start, false, null, page.items().size())
                    .with(resources));
        });
    }

    private void get(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_ROLES, (context, call) -> {
            RoleId id = PathIds.parse(call.resource(), RoleId::isWellFormed, RoleId::new,
                    () -> new NotFoundException("Role not found"));
            Role role = useCases.get().get(new GetScimRoleCommand(context, id, call.info()));
            call.respond(200, document(role, endpoint(call, context.connection().id().value())));
        });
    }

    /** SPEC §12: {@code value} is the name, {@code display} the description (else the name). */
    private static ObjectNode document(Role role, String endpoint) {
        ObjectNode node = NODES.objectNode();
        node.putArray("schemas").add(RoleSchema.URN);
        node.put("id", role.id().value());
        node.put("value", role.name());
        node.put("display", role.display());
        node.put("type", RoleSchema.TYPE);
        node.put("enabled", true);
        node.putObject("meta").put("resourceType", "Role")
                .put("created", role.createdAt().toString())
                .put("lastModified", role.updatedAt().toString())
                .put("location", endpoint + "/Roles/" + role.id().value());
        return node;
    }

    private static String endpoint(ScimExchange.Call call, String connectionId) {
        return call.baseUrl() + "/scim/v2/connections/" + connectionId;
    }
}
