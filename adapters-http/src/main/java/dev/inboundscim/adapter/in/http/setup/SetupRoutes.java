package dev.inboundscim.adapter.in.http.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.BaseUrls;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.console.StaticAssets;
import dev.inboundscim.adapter.in.http.error.Failure;
import dev.inboundscim.adapter.in.http.error.ManagementErrorBody;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.setup.IssueSetupTokenUseCase;
import dev.inboundscim.application.port.in.setup.ListSetupRequestsUseCase;
import dev.inboundscim.application.port.in.setup.OpenSetupTicketUseCase.SetupTicketView;
import dev.inboundscim.application.port.in.setup.OpenSetupTicketUseCase;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /setup} (SPEC §8): the page a setup ticket's URL opens for the customer's IT admin, and the three calls it
 * makes with the ticket's secret as its bearer credential: the ticket (connection, SCIM endpoint, scopes, current
 * token), a token created or rotated (shown once), and the connection's last SCIM requests (no bodies). The secret
 * opens nothing else: not the Management API, not another connection. An unknown, expired or revoked ticket is 404.
 */
public final class SetupRoutes implements HttpService {

    static final String ROOT = "setup/";
    static final String PAGE = "index.html";
    /** How a failure is named in the server's log: never the path, which holds the secret. */
    private static final String LOGGED_PATH = "/setup/…";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StaticAssets assets = StaticAssets.load(ROOT);
    private final OpenSetupTicketUseCase open;
    private final IssueSetupTokenUseCase issue;
    private final ListSetupRequestsUseCase requests;
    private final JsonCodec json;
    private final HttpSettings settings;

    public SetupRoutes(OpenSetupTicketUseCase open, IssueSetupTokenUseCase issue, ListSetupRequestsUseCase requests,
                       JsonCodec json, HttpSettings settings) {
        this.open = Objects.requireNonNull(open, "open");
        this.issue = Objects.requireNonNull(issue, "issue");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.json = json;
        this.settings = settings;
        if (!assets.has(PAGE)) {
            throw new IllegalStateException(ROOT + " has no " + PAGE);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/ticket", this::ticket)
                .post("/api/token", this::token)
                .get("/api/requests", this::requests)
                .get("/{name}", this::page)
                .any((req, res) -> StaticAssets.notFound(res));
    }

    /** The page's own files by name; any other single segment is a ticket's secret, whose page opens if it is valid. */
    private void page(ServerRequest request, ServerResponse response) {
        String name = request.path().pathParameters().get("name");
        if (!name.equals(PAGE) && assets.has(name)) {
            assets.send(request, response, name);
            return;
        }
        try {
            open.open(name);
        } catch (RuntimeException e) {
            StaticAssets.notFound(response);
            return;
        }
        // The page holds nothing of the ticket: its script reads the secret from the address and asks the API.
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        assets.send(request, response, PAGE);
    }

    private void ticket(ServerRequest request, ServerResponse response) {
        answer(request, response, secret -> {
            SetupTicketView view = open.open(secret);
            ObjectNode body = NODES.objectNode();
            ObjectNode connection = body.putObject("connection");
            connection.put("id", view.connection().id().value());
            connection.put("name", view.connection().name().value());
            connection.put("strategy", view.connection().strategy().wireName());
            if (view.connection().displayName() != null) {
                connection.put("display_name", view.connection().displayName());
            }
            body.put("scim_endpoint", BaseUrls.of(request, settings) + "/scim/v2/connections/"
                    + view.connection().id().value());
            ArrayNode scopes = body.putArray("scopes");
            view.ticket().scopes().stream().map(Scope::wireName).sorted().forEach(scopes::add);
            putInstant(body, "expires_at", view.ticket().expiresAt());
            if (view.ticket().tokenLifetime() == null) {
                body.putNull("token_lifetime");
            } else {
                body.put("token_lifetime", view.ticket().tokenLifetime());
            }
            Optional<ScimToken> token = view.token();
            if (token.isEmpty()) {
                body.putNull("token");
            } else {
                ObjectNode current = body.putObject("token");
                current.put("token_id", token.get().id().value());
                putInstant(current, "created_at", token.get().createdAt());
                putInstant(current, "valid_until", token.get().validUntil());
                putInstant(current, "last_used_at", token.get().lastUsedAt());
            }
            return new Answer(200, body);
        });
    }

    private void token(ServerRequest request, ServerResponse response) {
        answer(request, response, secret -> {
            ScimToken.Issued issued = issue.issue(secret);
            ObjectNode body = NODES.objectNode();
            body.put("token_id", issued.token().id().value());
            body.put("token", issued.secret().reveal());
            ArrayNode scopes = body.putArray("scopes");
            issued.token().scopes().stream().map(Scope::wireName).sorted().forEach(scopes::add);
            putInstant(body, "created_at", issued.token().createdAt());
            putInstant(body, "valid_until", issued.token().validUntil());
            return new Answer(201, body);
        });
    }

    private void requests(ServerRequest request, ServerResponse response) {
        answer(request, response, secret -> {
            ObjectNode body = NODES.objectNode();
            ArrayNode list = body.putArray("requests");
            for (LogEntry entry : requests.recent(secret)) {
                // What the IdP asked and how it went; never the bodies, filters or ids the details also hold.
                JsonNode details = JsonCodec.toNode(entry.details());
                ObjectNode item = list.addObject();
                item.put("date", entry.date().toString());
                item.put("type", entry.type().code());
                item.put("status", details.path("status").asInt());
                item.put("operation", details.path("operation").asText(""));
            }
            return new Answer(200, body);
        });
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        }
    }

    /** Runs {@code call} with the request's bearer secret and answers its result, or the failure it threw. */
    private void answer(ServerRequest request, ServerResponse response, Call call) {
        StaticAssets.secure(response);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        Optional<String> secret = request.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip());
        if (secret.isEmpty()) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
            fail(response, 401, "The setup ticket's secret is required as a bearer token",
                    ManagementErrorBody.codeFor(401));
            return;
        }
        try {
            Answer answer = call.run(secret.get());
            response.status(Status.create(answer.status()));
            response.header(HeaderNames.CONTENT_TYPE, "application/json");
            response.send(json.write(answer.body()));
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e, request.prologue().method().text(), LOGGED_PATH);
            if (failure.retryAfterSeconds() > 0) {
                response.header(HeaderNames.RETRY_AFTER, String.valueOf(failure.retryAfterSeconds()));
            }
            fail(response, failure.status(), failure.detail(), ManagementErrorBody.errorCode(failure));
        }
    }

    private static void fail(ServerResponse response, int status, String message, String errorCode) {
        response.status(Status.create(status));
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(ManagementErrorBody.bytes(status, message, errorCode));
    }

    private record Answer(int status, Object body) {
    }

    @FunctionalInterface
    private interface Call {
        Answer run(String secret);
    }
}
