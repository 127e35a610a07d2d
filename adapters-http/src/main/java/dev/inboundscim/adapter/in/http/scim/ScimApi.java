package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase;
import dev.inboundscim.application.port.in.scim.DescribeAuthenticationUseCase;
import dev.inboundscim.application.port.in.scim.DescribeScimSchemasUseCase;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * The SCIM endpoint ({@code /scim/v2}, SPEC §3): one route that finds each request's handler from its parsed
 * {@link ScimPath}; anything else is answered 404.
 */
public final class ScimApi implements HttpService {

    private final ScimExchange exchange;
    private final ScimUserRoutes users;
    private final ScimGroupRoutes groups;
    private final ScimDiscoveryRoutes discovery;
    private final ScimBulkRoutes bulk;
    private final OAuthTokenRoutes oauth;
    private final ScimRoleRoutes roles;

    private ScimApi(Builder b) {
        ScimRequestUseCases requests = required(b.requests, "request");
        this.exchange = new ScimExchange(requests.admit(), requests.authenticate(), requests.recordFailure(), b.json,
                b.settings);
        this.users = new ScimUserRoutes(exchange, required(b.users, "user"));
        this.groups = new ScimGroupRoutes(exchange, required(b.groups, "group"), b.groupPatchResponseMaxMembers);
        this.discovery = new ScimDiscoveryRoutes(exchange, required(b.describeSchemas, "discovery"),
                requests.recordSuccess(), required(b.describeAuthentication, "authentication discovery"), b.maxResults,
                required(b.bulkLimits, "bulk limits"));
        this.roles = new ScimRoleRoutes(exchange, required(b.roles, "role"));
        this.bulk = new ScimBulkRoutes(exchange, required(b.executeBulk, "bulk"), b.bulkLimits);
        this.oauth = new OAuthTokenRoutes(requests.admit(), required(b.issueAccessToken, "token endpoint"),
                requests.recordFailure(), b.json, b.settings);
    }

    /** Starts naming the SCIM endpoint's use cases and limits. */
    public static Builder builder(JsonCodec json, HttpSettings settings) {
        return new Builder(json, settings);
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
            case "Bulk" -> bulk.route(method, path);
            case "Roles" -> roles.route(method, path);
            case "oauth" -> oauth.route(method, path);
            default -> discovery.route(method, path);
        };
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> "the SCIM endpoint needs its " + name + " use cases");
    }

    /** The SCIM endpoint's use cases by resource, and its response limits; {@link #build()} refuses a missing one. */
    public static final class Builder {

        private final JsonCodec json;
        private final HttpSettings settings;
        private ScimRequestUseCases requests;
        private ScimUserUseCases users;
        private ScimGroupUseCases groups;
        private ScimRoleUseCases roles;
        private DescribeScimSchemasUseCase describeSchemas;
        private IssueAccessTokenUseCase issueAccessToken;
        private DescribeAuthenticationUseCase describeAuthentication;
        private ExecuteScimBulkUseCase executeBulk;
        private BulkLimits bulkLimits;
        private int maxResults = -1;
        private long groupPatchResponseMaxMembers = -1;

        private Builder(JsonCodec json, HttpSettings settings) {
            this.json = json;
            this.settings = settings;
        }

        public Builder requests(ScimRequestUseCases useCases) {
            this.requests = useCases;
            return this;
        }

        public Builder users(ScimUserUseCases useCases) {
            this.users = useCases;
            return this;
        }

        /** {@code /Roles} for identity providers that import roles (SPEC §12). */
        public Builder roles(ScimRoleUseCases useCases) {
            this.roles = useCases;
            return this;
        }

        public Builder groups(ScimGroupUseCases useCases) {
            this.groups = useCases;
            return this;
        }

        public Builder discovery(DescribeScimSchemasUseCase useCase) {
            this.describeSchemas = useCase;
            return this;
        }

        /** {@code POST /Bulk} and the limits it enforces and discovery advertises (RFC 7644 §3.7). */
        public Builder bulk(ExecuteScimBulkUseCase useCase, BulkLimits limits) {
            this.executeBulk = useCase;
            this.bulkLimits = limits;
            return this;
        }

        /** The largest page a list answers (the {@code filter.maxResults} of the service provider config). */
        public Builder maxResults(int maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /** Above this many members, a group PATCH answers 204 instead of the group (SPEC §3). */
        public Builder groupPatchResponseMaxMembers(long maxMembers) {
            this.groupPatchResponseMaxMembers = maxMembers;
            return this;
        }

        /** Whether a connection's discovery lists its token endpoint (SPEC §9). */
        public Builder describeAuthentication(DescribeAuthenticationUseCase useCase) {
            this.describeAuthentication = useCase;
            return this;
        }

        /** The token endpoint of each connection (SPEC §9). */
        public Builder issueAccessToken(IssueAccessTokenUseCase useCase) {
            this.issueAccessToken = useCase;
            return this;
        }

        public ScimApi build() {
            if (maxResults < 1 || groupPatchResponseMaxMembers < 0) {
                throw new IllegalStateException("the SCIM endpoint needs its maxResults and "
                        + "groupPatchResponseMaxMembers");
            }
            return new ScimApi(this);
        }
    }
}
