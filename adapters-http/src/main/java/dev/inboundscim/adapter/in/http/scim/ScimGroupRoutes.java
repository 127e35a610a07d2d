package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase.CreateScimGroupCommand;
import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase.DeleteScimGroupCommand;
import dev.inboundscim.application.port.in.scim.DeleteScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.GetScimGroupUseCase.GetScimGroupCommand;
import dev.inboundscim.application.port.in.scim.GetScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase.PatchScimGroupCommand;
import dev.inboundscim.application.port.in.scim.PatchScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase.ReplaceScimGroupCommand;
import dev.inboundscim.application.port.in.scim.ReplaceScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.in.scim.ScimPage;
import dev.inboundscim.application.port.in.scim.SearchScimGroupsUseCase.SearchScimGroupsCommand;
import dev.inboundscim.application.port.in.scim.SearchScimGroupsUseCase;
import dev.inboundscim.domain.group.GroupResource;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.scim.patch.PatchRequest;
import dev.inboundscim.domain.scim.projection.Projection;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * SCIM {@code /Groups} (RFC 7644 §3.3–§3.6) for one connection. Responses are streamed, so a group's members are
 * never all in memory. A PATCH answers 200 with the group, except that a group larger than
 * {@code patchResponseMaxMembers} answers 204 when the request names no {@code attributes}/{@code excludedAttributes}
 * (RFC 7644 §3.5.2 allows either; Okta and Entra accept both), so a one-member change to a huge group stays cheap.
 */
public final class ScimGroupRoutes {

    private final ScimExchange exchange;
    private final ResourceRoutes routes;
    private final CreateScimGroupUseCase createGroup;
    private final GetScimGroupUseCase getGroup;
    private final ReplaceScimGroupUseCase replaceGroup;
    private final PatchScimGroupUseCase patchGroup;
    private final DeleteScimGroupUseCase deleteGroup;
    private final SearchScimGroupsUseCase searchGroups;
    private final long patchResponseMaxMembers;

    ScimGroupRoutes(ScimExchange exchange, ScimGroupUseCases useCases, long patchResponseMaxMembers) {
        this.exchange = exchange;
        this.routes = new ResourceRoutes(false, this::search, this::create, this::searchByPost, this::get,
                this::replace, this::patch, this::delete);
        this.createGroup = useCases.create();
        this.getGroup = useCases.get();
        this.replaceGroup = useCases.replace();
        this.patchGroup = useCases.patch();
        this.deleteGroup = useCases.delete();
        this.searchGroups = useCases.search();
        this.patchResponseMaxMembers = patchResponseMaxMembers;
    }

    /** The handler of {@code method} on {@code path} under {@code /Groups}, or null when there is none. */
    ScimRoute route(Method method, ScimPath path) {
        return routes.route(method, path);
    }

    private void create(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.CREATE_GROUP, (context, call) -> {
            Projection projection = projection(call);
            ScimGroupView view = createGroup.create(new CreateScimGroupCommand(context,
                    GroupResource.parse(call.bodyObject()), call.info()));
            respondWith(call, 201, view, projection);
        });
    }

    private void get(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_GROUPS, (context, call) -> {
            Projection projection = projection(call);
            ScimGroupView view = getGroup.get(new GetScimGroupCommand(context, PathIds.group(call.resource()),
                    call.info()));
            respondWith(call, 200, view, projection);
        });
    }

    private void replace(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.REPLACE_GROUP, (context, call) -> {
            Projection projection = projection(call);
            // Parsed before the id, as always: a malformed group is 400 even at an id that cannot exist.
            GroupResource resource = GroupResource.parse(call.bodyObject());
            ScimGroupView view = replaceGroup.replace(new ReplaceScimGroupCommand(context,
                    PathIds.group(call.resource()), resource, call.expectedVersion(), call.info()));
            respondWith(call, 200, view, projection);
        });
    }

    private void patch(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.PATCH_GROUP, (context, call) -> {
            Projection projection = projection(call);
            PatchRequest patch = PatchRequest.parse(call.bodyObject());
            ScimGroupView view = patchGroup.patch(new PatchScimGroupCommand(context, PathIds.group(call.resource()),
                    patch, call.expectedVersion(), call.info()));
            if (projection.isAll() && view.group().memberCount() > patchResponseMaxMembers) {
                call.noContent(view.group().version());
                return;
            }
            respondWith(call, 200, view, projection);
        });
    }

    private void delete(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.DELETE_GROUP, (context, call) -> {
            deleteGroup.delete(new DeleteScimGroupCommand(context, PathIds.group(call.resource()),
                    call.expectedVersion(), call.info()));
            call.noContent();
        });
    }

    private void search(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_GROUPS,
                (context, call) -> list(call, context, SearchRequest.fromQuery(call, projection(call))));
    }

    private void searchByPost(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.READ_GROUPS,
                (context, call) -> list(call, context, SearchRequest.from(call.bodyObject(), GroupSchemas.SET)));
    }

    private void list(ScimExchange.Call call, ScimContext context, SearchRequest search) {
        ScimPage<ScimGroupView> page = searchGroups.search(new SearchScimGroupsCommand(context, search.parsedFilter(),
                GroupSort.of(search.sortBy(), search.sortOrder()), search.startIndex(), search.count(),
                search.cursor(), call.info()));
        ScimGroupDocument document = new ScimGroupDocument(search.projection());
        String baseUrl = call.baseUrl();
        call.respondStreamed(200, null, null, ListResponse.of(page).streamed((out, mapper) -> {
            for (ScimGroupView view : page.resources()) {
                document.write(out, view, baseUrl);
            }
        }));
    }

    /** One group; the projection was parsed before the use case ran, so a bad one changes nothing. */
    private static void respondWith(ScimExchange.Call call, int status, ScimGroupView view, Projection projection) {
        ScimGroupDocument document = new ScimGroupDocument(projection);
        String baseUrl = call.baseUrl();
        call.respondStreamed(status, ScimGroupDocument.location(baseUrl, view.group()), view.group().version(),
                (out, mapper) -> document.write(out, view, baseUrl));
    }

    private static Projection projection(ScimExchange.Call call) {
        return Projection.of(call.query("attributes"), call.query("excludedAttributes"), GroupSchemas.SET);
    }
}
