package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.error.Failure;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * How the SCIM endpoint answers a failure: the RFC 7644 §3.12 body, {@code WWW-Authenticate} on 401,
 * {@code Retry-After} when the client may retry, and the request's {@code fscim} entry (SPEC §5).
 */
final class ScimErrorAnswers implements ApiErrorAnswers {

    private final ScimExchange exchange;

    ScimErrorAnswers(ScimExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public boolean owns(ServerRequest request) {
        return request.prologue().uriPath().rawPath().startsWith("/scim/");
    }

    @Override
    public void answer(ServerRequest request, ServerResponse response, Failure failure) {
        ScimExchange.Call call = request.context().get(ScimExchange.Call.class)
                .orElseGet(() -> exchange.call(null, request, response));
        call.fail(failure);
    }
}
