package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.RequestLabels;
import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.auth.AuthenticateAdminUseCase;
import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.application.port.in.log.RecordManagementOperationUseCase;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The Management API ({@code /api/v2}, SPEC §4): registers every management route. */
public final class ManagementApi implements HttpService {

    private final ManagementExchange exchange;
    private final HttpService[] routes;
    private final ManagementAudit audit;
    private final RouteTable table = new RouteTable();
    private static final String PREFIX = "/api/v2";

    private ManagementApi(Builder b) {
        this.audit = new ManagementAudit(required(b.audit, "audit"), b.json, b.settings);
        this.exchange = new ManagementExchange(required(b.authenticateAdmin, "authenticateAdmin"), b.json, b.settings);
        this.routes = new HttpService[] {
                new ConnectionRoutes(exchange, required(b.connections, "connections")),
                new ScimConfigurationRoutes(exchange, required(b.scimConfigurations, "scimConfigurations")),
                new ScimTokenRoutes(exchange, required(b.tokens, "tokens")),
                new UserRoutes(exchange, required(b.users, "users")),
                new LogRoutes(exchange, required(b.logs, "logs")),
                new GroupRoutes(exchange, required(b.groups, "groups")),
                new LogStreamRoutes(exchange, required(b.logStreams, "logStreams")),
                new EventStreamRoutes(exchange, required(b.eventStreams, "eventStreams")),
                new ClientRoutes(exchange, required(b.clients, "clients")),
                new SessionRoutes(exchange, required(b.sessions, "sessions")),
                new SigningKeyRoutes(exchange, required(b.signingKeys, "signingKeys")),
                new OrganizationRoutes(exchange, required(b.organizations, "organizations")),
                new SetupTicketRoutes(exchange, required(b.setupTickets, "setupTickets")),
                new ScimClientRoutes(exchange, required(b.scimClients, "scimClients")),
                new FederatedCredentialRoutes(exchange, required(b.federatedCredentials, "federatedCredentials")),
                new RoleRoutes(exchange, required(b.roles, "roles"))};
    }

    /** Starts naming the use cases of each management resource. */
    public static Builder builder(JsonCodec json, HttpSettings settings) {
        return new Builder(json, settings);
    }

    /** The filter that audits every write of this API once it is answered (SPEC §7.3). */
    public Filter auditFilter() {
        return audit;
    }

    /** How the Management API answers the failures its handlers throw, for the routing's error handler. */
    public ApiErrorAnswers errorAnswers() {
        return new ManagementErrorAnswers();
    }

    /**
     * The routes {@link #routing} registered, as {@code METHOD pattern} relative to {@code /api/v2}: what the API's
     * OpenAPI description must list, no more and no less.
     */
    public List<String> routes() {
        return table.registered();
    }

    @Override
    public void routing(HttpRules rules) {
        HttpRules recording = table.recording(rules);
        for (HttpService route : routes) {
            route.routing(recording);
        }
        rules.any((req, res) -> exchange.run(req, res, call -> {
            String path = req.path().absolute().path();
            Set<String> allowed = table.allowed(path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path);
            if (allowed.isEmpty()) {
                call.fail(404, "Not found", "not_found");
            } else {
                res.header(HeaderNames.ALLOW, String.join(", ", allowed));
                call.fail(405, "This route does not support " + RequestLabels.method(req.prologue().method().text()),
                        "method_not_allowed");
            }
        }));
    }


    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> "the Management API needs its " + name + " use cases");
    }

    /** The use cases of each resource, by name; {@link #build()} refuses a missing one. */
    public static final class Builder {

        private final JsonCodec json;
        private final HttpSettings settings;
        private AuthenticateAdminUseCase authenticateAdmin;
        private ConnectionUseCases connections;
        private ScimConfigurationUseCases scimConfigurations;
        private ScimTokenUseCases tokens;
        private UserUseCases users;
        private ListLogsUseCase logs;
        private GroupUseCases groups;
        private LogStreamUseCases logStreams;
        private EventStreamUseCases eventStreams;
        private ClientUseCases clients;
        private SessionUseCases sessions;
        private SigningKeyUseCases signingKeys;
        private OrganizationUseCases organizations;
        private RecordManagementOperationUseCase audit;
        private SetupTicketUseCases setupTickets;
        private ScimClientUseCases scimClients;
        private FederatedCredentialUseCases federatedCredentials;
        private RoleUseCases roles;

        private Builder(JsonCodec json, HttpSettings settings) {
            this.json = json;
            this.settings = settings;
        }

        /** Records each write's {@code sapi}/{@code fapi} entry. */
        public Builder audit(RecordManagementOperationUseCase useCase) {
            this.audit = useCase;
            return this;
        }

        public Builder authenticateAdmin(AuthenticateAdminUseCase useCase) {
            this.authenticateAdmin = useCase;
            return this;
        }

        public Builder connections(ConnectionUseCases useCases) {
            this.connections = useCases;
            return this;
        }

        public Builder scimConfigurations(ScimConfigurationUseCases useCases) {
            this.scimConfigurations = useCases;
            return this;
        }

        public Builder tokens(ScimTokenUseCases useCases) {
            this.tokens = useCases;
            return this;
        }

        public Builder users(UserUseCases useCases) {
            this.users = useCases;
            return this;
        }

        public Builder logs(ListLogsUseCase useCase) {
            this.logs = useCase;
            return this;
        }

        public Builder groups(GroupUseCases useCases) {
            this.groups = useCases;
            return this;
        }

        public Builder logStreams(LogStreamUseCases useCases) {
            this.logStreams = useCases;
            return this;
        }

        public Builder eventStreams(EventStreamUseCases useCases) {
            this.eventStreams = useCases;
            return this;
        }

        public Builder clients(ClientUseCases useCases) {
            this.clients = useCases;
            return this;
        }

        public Builder sessions(SessionUseCases useCases) {
            this.sessions = useCases;
            return this;
        }

        public Builder signingKeys(SigningKeyUseCases useCases) {
            this.signingKeys = useCases;
            return this;
        }

        public Builder organizations(OrganizationUseCases useCases) {
            this.organizations = useCases;
            return this;
        }

        public Builder setupTickets(SetupTicketUseCases useCases) {
            this.setupTickets = useCases;
            return this;
        }

        /** The OAuth clients of connections' SCIM endpoints (SPEC §9). */
        public Builder scimClients(ScimClientUseCases useCases) {
            this.scimClients = useCases;
            return this;
        }

        /** The federated credentials of connections' SCIM endpoints (SPEC §9). */
        public Builder federatedCredentials(FederatedCredentialUseCases useCases) {
            this.federatedCredentials = useCases;
            return this;
        }

        /** Roles and their assignments (SPEC §12). */
        public Builder roles(RoleUseCases useCases) {
            this.roles = useCases;
            return this;
        }

        public ManagementApi build() {
            return new ManagementApi(this);
        }
    }
}
