package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.RequestBodies;
import dev.inboundscim.adapter.in.http.RequestLabels;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase.RecordScimFailureCommand;
import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase.AccessToken;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase.IssueAccessTokenCommand;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.UnavailableException;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.oauth.OAuthException;
import dev.inboundscim.domain.token.Scope;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A connection's token endpoint, {@code POST /scim/v2/connections/{id}/oauth/token} (SPEC §9, RFC 6749 §4.4):
 * form parameters in, RFC 6749 §5.1 JSON out with {@code Cache-Control: no-store}, §5.2 errors. The client
 * authenticates in the body or with HTTP Basic, never both, or with an RFC 7523 assertion. Every attempt is taken
 * from the connection's rate-limit bucket, so guessing secrets is limited like guessing tokens; every refusal is
 * logged ({@code fscim}) without the request's body.
 */
final class OAuthTokenRoutes {

    private static final Logger LOG = System.getLogger(OAuthTokenRoutes.class.getName());
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String OPERATION = "POST oauth/token";

    private final AdmitScimRequestUseCase admit;
    private final IssueAccessTokenUseCase issue;
    private final RecordScimFailureUseCase recordFailure;
    private final JsonCodec json;
    private final HttpSettings settings;

    OAuthTokenRoutes(AdmitScimRequestUseCase admit, IssueAccessTokenUseCase issue,
                     RecordScimFailureUseCase recordFailure, JsonCodec json, HttpSettings settings) {
        this.admit = admit;
        this.issue = issue;
        this.recordFailure = recordFailure;
        this.json = json;
        this.settings = settings;
    }

    /** The token endpoint's route for {@code path}, or null when the path is not the token endpoint. */
    ScimRoute route(Method method, ScimPath path) {
        if (!"token".equals(path.resource())) {
            return null;
        }
        return method == Method.POST ? this::token : this::methodNotAllowed;
    }

    private void methodNotAllowed(ScimPath path, ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.ALLOW, "POST");
        fail(request, response, connection(path), 405, "invalid_request", "The token endpoint takes POST only",
                false);
    }

    private void token(ScimPath path, ServerRequest request, ServerResponse response) {
        ConnectionId connection = connection(path);
        request.context().register(new RequestLabels(connection == null ? null : connection.value(), false,
                OPERATION));
        if (connection == null) {
            fail(request, response, null, 401, "invalid_client", "Client authentication failed", false);
            return;
        }
        Admission admission = admit.admit(connection);
        if (!admission.admitted()) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
            fail(request, response, admission.recordRefusal() ? connection : null, 429, "temporarily_unavailable",
                    "Too many requests for this connection; retry after " + admission.retryAfterSeconds() + " s",
                    false);
            return;
        }
        boolean basic = false;
        try {
            Map<String, String> form = form(request);
            String clientId = form.get("client_id");
            String clientSecret = form.get("client_secret");
            String authorization = request.headers().first(HeaderNames.AUTHORIZATION).orElse(null);
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                basic = true;
                if (clientId != null || clientSecret != null) {
                    throw OAuthException.invalidRequest("Authenticate with HTTP Basic or in the body, not both");
                }
                String[] credentials = basicCredentials(authorization.substring(6).strip());
                clientId = credentials[0];
                clientSecret = credentials[1];
            }
            AccessToken token = issue.issue(new IssueAccessTokenCommand(connection, form.get("grant_type"), clientId,
                    clientSecret, form.get("client_assertion_type"), form.get("client_assertion"), form.get("scope"),
                    info(request)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", token.token().secret().reveal());
            body.put("token_type", "Bearer");
            body.put("expires_in", token.expiresInSeconds());
            body.put("scope", token.token().token().scopes().stream().map(Scope::wireName).sorted()
                    .collect(Collectors.joining(" ")));
            noStore(response);
            response.status(Status.OK_200);
            response.header(HeaderNames.CONTENT_TYPE, "application/json");
            response.send(json.write(body));
        } catch (OAuthException e) {
            if (e.status() == 401 && basic) {
                response.header(HeaderNames.WWW_AUTHENTICATE, "Basic realm=\"scim\"");
            }
            fail(request, response, connection, e.status(), e.error(), e.getMessage(), true);
        } catch (RequestBodies.PayloadTooLargeException e) {
            fail(request, response, connection, 413, "invalid_request", e.getMessage(), true);
        } catch (UnavailableException e) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            fail(request, response, connection, 503, "temporarily_unavailable", e.detail(), false);
        }
    }

    /** The form's parameters; a parameter sent twice is refused (RFC 6749 §3.2). */
    private Map<String, String> form(ServerRequest request) {
        String contentType = request.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            throw OAuthException.invalidRequest("The body must be " + FORM);
        }
        String body = new String(RequestBodies.read(request, settings.maxBodyBytes()), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (form.put(name, value) != null) {
                throw OAuthException.invalidRequest("A parameter is repeated");
            }
        }
        return form;
    }

    /** {@code client_id:client_secret}, each form-encoded (RFC 6749 §2.3.1). */
    private static String[] basicCredentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthException.invalidClient();
        }
        return new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("The body is not valid form encoding");
        }
    }

    /** Answers an RFC 6749 §5.2 error and logs it ({@code logged} null: no entry, as for sampled refusals). */
    private void fail(ServerRequest request, ServerResponse response, ConnectionId logged, int status, String error,
                      String description, boolean record) {
        noStore(response);
        response.status(Status.create(status));
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(json.write(Map.of("error", error, "error_description", description)));
        if (logged != null && (record || status == 429)) {
            try {
                recordFailure.record(new RecordScimFailureCommand(logged, info(request), status,
                        error + ": " + description, null));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not record the failure log entry of a token request: " + e);
            }
        }
    }

    /** What the log keeps of a token request: never its body, which holds the secret. */
    private RequestInfo info(ServerRequest request) {
        return RequestInfo.of("POST", request.prologue().uriPath().rawPath(), null,
                settings.trustedProxies().clientIp(request.remotePeer().address(), request.headers()),
                request.headers().first(HeaderNames.USER_AGENT).orElse(null), null, OPERATION, 200);
    }

    private static void noStore(ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.PRAGMA, "no-cache");
    }

    private static ConnectionId connection(ScimPath path) {
        return ConnectionId.isWellFormed(path.connectionId()) ? new ConnectionId(path.connectionId()) : null;
    }
}
