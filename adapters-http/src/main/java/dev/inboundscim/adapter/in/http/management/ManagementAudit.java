package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.ConnectionPaths;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.log.RecordManagementOperationUseCase.RecordManagementOperationCommand;
import dev.inboundscim.application.port.in.log.RecordManagementOperationUseCase;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.log.RequestInfo;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.Set;

/**
 * Audits every write under {@code /api/v2} once it is answered (SPEC §7.3): a {@code sapi} entry when it succeeded,
 * {@code fapi} when not, with the route, the status and the body it sent with every secret removed. Logins are the
 * login layer's reports and have entries of their own ({@code s}, {@code f}).
 */
final class ManagementAudit implements Filter {

    private static final Logger LOG = System.getLogger(ManagementAudit.class.getName());
    private static final String PREFIX = "/api/v2/";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RecordManagementOperationUseCase record;
    private final JsonCodec json;
    private final HttpSettings settings;

    ManagementAudit(RecordManagementOperationUseCase record, JsonCodec json, HttpSettings settings) {
        this.record = record;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.prologue().uriPath().rawPath();
        String method = request.prologue().method().text();
        if (!path.startsWith(PREFIX) || !WRITES.contains(method) || path.endsWith("/logins")) {
            chain.proceed();
            return;
        }
        AuditedRequest audited = new AuditedRequest();
        request.context().register(audited);
        try {
            chain.proceed();
        } finally {
            try {
                String query = request.query().rawValue();
                RequestInfo info = RequestInfo.of(method, path, query.isEmpty() ? null : query,
                        settings.trustedProxies().clientIp(request.remotePeer().address(), request.headers()),
                        request.headers().first(HeaderNames.USER_AGENT).orElse(null), json.readForLog(audited.body()),
                        method + " " + request.matchingPattern().map(ManagementAudit::routed).orElse(path), 0);
                record.record(new RecordManagementOperationCommand(ConnectionPaths.named(path)
                        .filter(ConnectionId::isWellFormed).orElse(null), info,
                        response.status().code(), audited.authenticated()));
            } catch (RuntimeException e) {
                // The answer is out; the store that refused the entry reports its outage once, by its health.
                LOG.log(Level.WARNING, "the audit entry of a Management API write could not be written: " + e);
            }
        }
    }

    /** A route pattern as the client sees it, under {@code /api/v2}. */
    static String routed(String pattern) {
        return pattern.startsWith("/api/v2") ? pattern : "/api/v2" + pattern;
    }


}
