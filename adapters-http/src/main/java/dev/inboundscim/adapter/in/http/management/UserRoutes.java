package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.adapter.in.http.scim.ScimUserDocument;
import dev.inboundscim.application.port.in.user.DeleteUserUseCase;
import dev.inboundscim.application.port.in.user.GetUserScimViewUseCase;
import dev.inboundscim.application.port.in.user.GetUserUseCase;
import dev.inboundscim.application.port.in.user.ListUsersUseCase.ListUsersCommand;
import dev.inboundscim.application.port.in.user.ListUsersUseCase;
import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.domain.scim.paging.Page;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v2/users}: Auth0-shaped profiles. */
final class UserRoutes implements HttpService {

    private final ManagementExchange exchange;
    private final ListUsersUseCase list;
    private final GetUserUseCase get;
    private final DeleteUserUseCase delete;
    private final GetUserScimViewUseCase scimView;

    UserRoutes(ManagementExchange exchange, UserUseCases useCases) {
        this.exchange = exchange;
        this.list = useCases.list();
        this.get = useCases.get();
        this.delete = useCases.delete();
        this.scimView = useCases.scimView();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/users", this::list)
                .get("/users/{userId}", this::get)
                .get("/users/{userId}/scim", this::scimView)
                .delete("/users/{userId}", this::delete);
    }

    private void list(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            Integer page = call.intQuery("page");
            Integer perPage = call.intQuery("per_page");
            Page<UserProfileView> users = list.list(new ListUsersCommand(
                    ResourceIds.connectionFilter(call.query("connection_id")), call.query("q"), page, perPage));
            if (call.flag("include_totals")) {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                int limit = perPage == null ? 50 : perPage;
                body.put("start", Math.max(0, page == null ? 0 : page) * (long) limit);
                body.put("limit", limit);
                body.put("length", users.items().size());
                body.put("total", users.total());
                body.set("users", render(users));
                call.respond(200, body);
            } else {
                call.respond(200, render(users));
            }
        });
    }

    private void get(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200,
                UserProfileDocument.render(get.get(PathIds.user(call.pathParameter("userId"))))));
    }

    /** The user as its connection's SCIM endpoint shows it, for the console. */
    private void scimView(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> call.respond(200, ScimUserDocument.render(
                scimView.scimView(PathIds.user(call.pathParameter("userId"))), call.baseUrl())));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        exchange.run(request, response, call -> {
            delete.delete(PathIds.user(call.pathParameter("userId")));
            call.noContent();
        });
    }

    private static ArrayNode render(Page<UserProfileView> users) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        users.items().forEach(u -> array.add(UserProfileDocument.render(u)));
        return array;
    }
}
