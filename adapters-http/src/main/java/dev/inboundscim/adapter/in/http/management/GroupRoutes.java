package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.application.port.in.group.ListGroupMembersUseCase.ListGroupMembersCommand;
import dev.inboundscim.application.port.in.group.ListGroupMembersUseCase.MemberPage;
import dev.inboundscim.application.port.in.group.ListGroupsUseCase.ListGroupsCommand;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.scim.paging.Page;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/** {@code /api/v2/groups} and {@code /api/v2/users/{id}/groups}: SCIM-provisioned groups, read-only here. */
final class GroupRoutes implements HttpService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManagementExchange exchange;
    private final GroupUseCases useCases;

    GroupRoutes(ManagementExchange exchange, GroupUseCases useCases) {
        this.exchange = exchange;
        this.useCases = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/groups", this::list)
                .get("/groups/{groupId}", this::get)
                .get("/groups/{groupId}/members", this::members)
                .get("/users/{userId}/groups", this::userGroups);
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer page = call.intQuery("page");
            Integer perPage = call.intQuery("per_page");
            Page<Group> groups = useCases.list().list(new ListGroupsCommand(
                    ResourceIds.connectionFilter(call.query("connection_id")), page, perPage));
            ArrayNode items = NODES.arrayNode();
            groups.items().forEach(g -> items.add(render(g)));
            if (call.flag("include_totals")) {
                ObjectNode body = NODES.objectNode();
                int limit = perPage == null ? 50 : perPage;
                body.put("start", Math.max(0, page == null ? 0 : page) * (long) limit);
                body.put("limit", limit);
                body.put("length", groups.items().size());
                body.put("total", groups.total());
                body.set("groups", items);
                call.respond(200, body);
            } else {
                call.respond(200, items);
            }
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                render(useCases.get().get(PathIds.group(call.pathParameter("groupId"))))));
    }

    private void members(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer take = call.intQuery("take");
            MemberPage page = useCases.members().list(new ListGroupMembersCommand(
                    PathIds.group(call.pathParameter("groupId")),
                    ResourceIds.userCheckpoint(call.query("from"), "from must be the next value of a previous page"),
                    take));
            ObjectNode body = NODES.objectNode();
            ArrayNode members = body.putArray("members");
            for (GroupMember member : page.members()) {
                ObjectNode node = members.addObject().put("user_id", member.userId().value());
                if (member.display() != null) {
                    node.put("display", member.display());
                }
            }
            if (page.next() != null) {
                body.put("next", page.next());
            }
            body.put("total", page.total());
            call.respond(200, body);
        });
    }

    private void userGroups(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                references(useCases.userGroups().list(PathIds.user(call.pathParameter("userId"))))));
    }

    static ArrayNode references(List<GroupRef> groups) {
        ArrayNode array = NODES.arrayNode();
        groups.forEach(g -> array.addObject().put("group_id", g.id().value()).put("display_name", g.displayName()));
        return array;
    }

    private static ObjectNode render(Group group) {
        ObjectNode node = NODES.objectNode();
        node.put("id", group.id().value());
        node.put("connection_id", group.connectionId().value());
        node.put("display_name", group.displayName());
        if (group.externalId() != null) {
            node.put("external_id", group.externalId());
        } else {
            node.putNull("external_id");
        }
        node.put("members_count", group.memberCount());
        node.put("created_at", group.createdAt().toString());
        node.put("updated_at", group.updatedAt().toString());
        return node;
    }
}
