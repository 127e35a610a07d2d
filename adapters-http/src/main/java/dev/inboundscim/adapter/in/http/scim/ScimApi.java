package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The SCIM endpoint ({@code /scim/v2}, SPEC §3): one route that finds each request's handler from its parsed
 * {@link ScimPath}; anything else is answered 404.
 */
public final class ScimApi implements HttpService {

    private final ScimExchange exchange;
    private final ScimUserRoutes users;
    private final ScimGroupRoutes groups;
    private final ScimDiscoveryRoutes discovery;

    public ScimApi(ScimUseCases useCases, JsonCodec json, HttpSettings settings, int maxResults,
                   long groupPatchResponseMaxMembers) {
        this.exchange = new ScimExchange(useCases.admit(), useCases.authenticate(), useCases.recordFailure(), json, settings);
        this.users = new ScimUserRoutes(exchange, useCases.createUser(), useCases.getUser(), useCases.replaceUser(),
                useCases.deleteUser(), useCases.searchUsers(), useCases.patchUser());
        this.groups = new ScimGroupRoutes(exchange, useCases.groups(), groupPatchResponseMaxMembers);
        this.discovery = new ScimDiscoveryRoutes(exchange, useCases.describeSchemas(), useCases.recordSuccess(),
                maxResults);
    }

    /** How the SCIM endpoint answers the failures its handlers throw, for the routing's error handler. */
    public ApiErrorAnswers errorAnswers() {
        return new ScimErrorAnswers(exchange);
    }

    @Override
    public void routing(HttpRules rules) {
        // One route for every SCIM request: ScimPath parses the path once, where Helidon would try each route's
        // pattern in turn (a tenth of a GET's time in profiles).
        rules.any(this::dispatch);
    }

    private void dispatch(ServerRequest request, ServerResponse response) {
        ScimPath path = ScimPath.parse(request.prologue().uriPath().path());
        ScimRoute route = path == null ? null : route(request.prologue().method(), path);
        if (route == null) {
            exchange.reject(null, request, response, 404, "No SCIM resource at this address");
        } else {
            route.serve(path, request, response);
        }
    }

    private ScimRoute route(Method method, ScimPath path) {
        return switch (path.endpoint()) {
            case "Users" -> users.route(method, path);
            case "Groups" -> groups.route(method, path);
            case ".search" -> users.rootSearch(method, path);
            default -> discovery.route(method, path);
        };
    }
}
