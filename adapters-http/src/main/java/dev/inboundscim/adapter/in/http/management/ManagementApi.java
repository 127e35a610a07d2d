package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** The Management API ({@code /api/v2}, SPEC §4): registers every management route. */
public final class ManagementApi implements HttpService {

    private final ManagementUseCases useCases;
    private final ManagementExchange exchange;

    public ManagementApi(ManagementUseCases useCases, JsonCodec json, HttpSettings settings) {
        this.useCases = useCases;
        this.exchange = new ManagementExchange(useCases.authenticateAdmin(), json, settings);
    }

    /** How the Management API answers the failures its handlers throw, for the routing's error handler. */
    public ApiErrorAnswers errorAnswers() {
        return new ManagementErrorAnswers();
    }

    @Override
    public void routing(HttpRules rules) {
        ManagementUseCases u = useCases;
        rules.register(
                new ConnectionRoutes(exchange, u.createConnection(), u.listConnections(), u.getConnection(),
                        u.updateConnection(), u.deleteConnection()),
                new ScimConfigurationRoutes(exchange, u.createScimConfiguration(), u.getScimConfiguration(),
                        u.updateScimConfiguration(), u.deleteScimConfiguration(), u.getDefaultMapping(),
                        u.listScimConfigurations()),
                new ScimTokenRoutes(exchange, u.issueScimToken(), u.listScimTokens(), u.revokeScimToken()),
                new UserRoutes(exchange, u.listUsers(), u.getUser(), u.deleteUser()),
                new LogRoutes(exchange, u.listLogs()),
                new GroupRoutes(exchange, u.groups()),
                new LogStreamRoutes(exchange, u.logStreams()),
                new ClientRoutes(exchange, u.sessions()),
                new SessionRoutes(exchange, u.sessions()),
                new SigningKeyRoutes(exchange, u.sessions()),
                new OrganizationRoutes(exchange, u.organizations()));
        rules.any((req, res) -> exchange.run(req, res, call -> call.fail(404, "Not found", "not_found")));
    }
}
