package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.error.Failure;
import dev.inboundscim.adapter.in.http.error.ManagementErrorBody;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;

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
        answer(response, failure.status(), failure.detail(),
                failure.scimType() == null ? null : snakeCase(failure.scimType()));
    }

    /** Answers {@code status} with Auth0's body; {@code errorCode} null takes the status's own. */
    static void answer(ServerResponse response, int status, String message, String errorCode) {
        if (status == 401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        response.status(Status.create(status));
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(ManagementErrorBody.bytes(status, message, errorCode == null ? codeFor(status) : errorCode));
    }

    /** Auth0 spells error codes in snake_case ({@code invalid_body}); SCIM keywords are camelCase. */
    static String snakeCase(String keyword) {
        return keyword.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The error code of a failure that carries none of its own, from its status. */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "invalid_token";
            case 403 -> "insufficient_scope";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 412 -> "precondition_failed";
            case 413 -> "payload_too_large";
            case 429 -> "too_many_requests";
            case 503 -> "service_unavailable";
            default -> "internal_error";
        };
    }
}
