package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase.CreateScimUserCommand;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimUserUseCase.DeleteScimUserCommand;
import dev.inboundscim.application.port.in.scim.GetScimUserUseCase;
import dev.inboundscim.application.port.in.scim.GetScimUserUseCase.GetScimUserCommand;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase.PatchScimUserCommand;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase.ReplaceScimUserCommand;
import dev.inboundscim.application.port.in.scim.ScimPage;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase;
import dev.inboundscim.application.port.in.scim.SearchScimUsersUseCase.SearchScimUsersCommand;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.mapping.query.UserSort;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.scim.projection.Projection;
import dev.inboundscim.domain.scim.value.ScimObject;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** SCIM {@code /Users} (RFC 7644 §3.3–§3.6) for one connection; each handler calls one use case. */
public final class ScimUserRoutes {

    private final ScimExchange exchange;
    private final ResourceRoutes routes;
    private final CreateScimUserUseCase createUser;
    private final GetScimUserUseCase getUser;
    private final ReplaceScimUserUseCase replaceUser;
    private final DeleteScimUserUseCase deleteUser;
    private final SearchScimUsersUseCase searchUsers;
    private final PatchScimUserUseCase patchUser;

    ScimUserRoutes(ScimExchange exchange, ScimUserUseCases useCases) {
        this.exchange = exchange;
        // A user id may itself hold a slash.
        this.routes = new ResourceRoutes(true, this::search, this::create, this::searchByPost, this::get,
                this::replace, this::patch, this::delete);
        this.createUser = useCases.create();
        this.getUser = useCases.get();
        this.replaceUser = useCases.replace();
        this.deleteUser = useCases.delete();
        this.searchUsers = useCases.search();
        this.patchUser = useCases.patch();
    }

    /** The handler of {@code method} on {@code path} under {@code /Users}, or null when there is none. */
    ScimRoute route(Method method, ScimPath path) {
        return routes.route(method, path);
    }

    /** POST {@code /.search} at the connection's root searches users. */
    ScimRoute rootSearch(Method method, ScimPath path) {
        return path.isEndpoint() && Method.POST.equals(method) ? this::searchByPost : null;
    }

    private void create(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.CREATE_USER, (context, call) -> {
            Projection projection = projection(call, context);
            ScimUserView view = createUser.create(new CreateScimUserCommand(context, call.bodyObject(), call.info()));
            respondWith(call, 201, view, projection);
        });
    }

    private void get(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_USERS, (context, call) -> {
            call.userId(call.resource());
            Projection projection = projection(call, context);
            ScimUserView view = getUser.get(new GetScimUserCommand(context, PathIds.user(call.resource()),
                    call.info()));
            respondWith(call, 200, view, projection);
        });
    }

    private void replace(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.REPLACE_USER, (context, call) -> {
            call.userId(call.resource());
            Projection projection = projection(call, context);
            ScimObject resource = call.bodyObject();
            ScimUserView view = replaceUser.replace(new ReplaceScimUserCommand(context, PathIds.user(call.resource()),
                    resource, call.expectedVersion(), call.info()));
            respondWith(call, 200, view, projection);
        });
    }

    private void patch(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.PATCH_USER, (context, call) -> {
            call.userId(call.resource());
            Projection projection = projection(call, context);
            // Parsed before the id, as always: a malformed PATCH is 400 even at an id that cannot exist.
            PatchRequest patch = PatchRequest.parse(call.bodyObject());
            ScimUserView view = patchUser.patch(new PatchScimUserCommand(context, PathIds.user(call.resource()),
                    patch, call.expectedVersion(), call.info()));
            respondWith(call, 200, view, projection);
        });
    }

    /** Writes one user; the projection was parsed before the use case ran, so a bad one changes nothing. */
    private static void respondWith(ScimExchange.Call call, int status, ScimUserView view, Projection projection) {
        ObjectNode document = ScimUserDocument.render(view, call.baseUrl(), projection);
        call.respondResource(status, document, ScimUserDocument.location(call.baseUrl(), view.user()),
                view.user().version());
    }

    /** Parsed against the connection's schemas, so its declared extension attributes can be selected. */
    private static Projection projection(ScimExchange.Call call, ScimContext context) {
        return Projection.of(call.query("attributes"), call.query("excludedAttributes"),
                context.configuration().mapping().schemas());
    }

    private void delete(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DELETE_USER, (context, call) -> {
            call.userId(call.resource());
            deleteUser.delete(new DeleteScimUserCommand(context, PathIds.user(call.resource()),
                    call.expectedVersion(), call.info()));
            call.noContent();
        });
    }

    private void search(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_USERS,
                (context, call) -> list(call, context, SearchRequest.fromQuery(call, projection(call, context))));
    }

    /** POST {@code /Users/.search} (RFC 7644 §3.4.3): the query in a SearchRequest body, out of URLs and logs. */
    private void searchByPost(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_USERS,
                (context, call) -> list(call, context, SearchRequest.from(call.bodyObject(),
                        context.configuration().mapping().schemas())));
    }

    private void list(ScimExchange.Call call, ScimContext context, SearchRequest search) {
        ScimPage<ScimUserView> page = searchUsers.search(new SearchScimUsersCommand(context, search.parsedFilter(),
                UserSort.parse(search.sortBy(), search.sortOrder()), search.startIndex(), search.count(),
                search.cursor(), call.info()));
        ArrayNode resources = JsonNodeFactory.instance.arrayNode();
        page.resources().forEach(view -> resources.add(ScimUserDocument.render(view, call.baseUrl(),
                search.projection())));
        call.respond(200, ListResponse.of(page).with(resources));
    }
}
