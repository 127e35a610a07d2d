package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.error.Failure;
import dev.inboundscim.adapter.in.http.error.ManagementErrorBody;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * How the Management API answers a failure: Auth0's {@code {statusCode, error, message, errorCode}}, with the
 * {@code scimType} in snake_case as the error code where there is one, {@code WWW-Authenticate} on 401 and
 * {@code Retry-After} when the client may retry.
 */
final class ManagementErrorAnswers implements ApiErrorAnswers {

    @Override
    public boolean owns(ServerRequest request) {
        return request.prologue().uriPath().rawPath().startsWith("/api/");
    }

    @Override
    public void answer(ServerRequest request, ServerResponse response, Failure failure) {
        if (failure.retryAfterSeconds() > 0) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(failure.retryAfterSeconds()));
        }
        answer(response, failure.status(), failure.detail(), ManagementErrorBody.errorCode(failure));
    }

    /** Answers {@code status} with Auth0's body; {@code errorCode} null takes the status's own. */
    static void answer(ServerResponse response, int status, String message, String errorCode) {
        if (status == 401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        response.status(Status.create(status));
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(ManagementErrorBody.bytes(status, message,
                errorCode == null ? ManagementErrorBody.codeFor(status) : errorCode));
    }
}
