package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.BulkResult;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase.ExecuteScimBulkCommand;
import dev.inboundscim.application.port.in.scim.ExecuteScimBulkUseCase;
import dev.inboundscim.domain.scim.bulk.BulkRequest;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * SCIM {@code POST /Bulk} (RFC 7644 §3.7): reads the body under {@code maxPayloadSize}, parses it under
 * {@code maxOperations} (413 past either, §3.7.4), runs it through {@link ExecuteScimBulkUseCase} and answers 200
 * with a BulkResponse, recording the {@code fscim} entry of each failed operation as its single request would have.
 */
final class ScimBulkRoutes {

    private final ScimExchange exchange;
    private final ExecuteScimBulkUseCase execute;
    private final BulkLimits limits;

    ScimBulkRoutes(ScimExchange exchange, ExecuteScimBulkUseCase execute, BulkLimits limits) {
        this.exchange = exchange;
        this.execute = execute;
        this.limits = limits;
    }

    /** The handler of {@code method} on {@code /Bulk}; other methods there are 405, with the error body. */
    ScimRoute route(Method method, ScimPath path) {
        if (!path.isEndpoint()) {
            return null;
        }
        return Method.POST.equals(method) ? this::bulk
                : (p, request, response) -> exchange.reject(p, request, response, 405, "/Bulk only accepts POST");
    }

    private void bulk(ScimPath path, ServerRequest request, ServerResponse response) {
        exchange.run(path, request, response, ScimOperation.BULK, limits.maxPayloadSize(), "maxPayloadSize",
                (context, call) -> {
                    BulkRequest bulk = BulkRequest.parse(call.bodyObject(), limits.maxOperations());
                    BulkResult result = execute.execute(new ExecuteScimBulkCommand(context.connection().id(),
                            call.secret(), bulk, call.info()));
                    BulkResponseDocument document = BulkResponseDocument.render(result, call.baseUrl(),
                            context.connection().id().value());
                    document.failures().forEach(f -> call.record(f.request(), f.status(), f.detail(), f.userId()));
                    call.respond(200, document.body());
                });
    }
}
