package dev.inboundscim.adapter.in.http.error;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * The Helidon error handler of every route: a failure a handler throws (a {@code ScimException} of the hexagon, a body
 * over the limit, or anything unexpected) becomes a {@link Failure}, which the API the request belongs to answers in
 * its own shape (SCIM's or Auth0's); routes of neither API (such as {@code /.well-known}) get Auth0's.
 */
public final class ApiErrors implements ErrorHandler<RuntimeException> {

    private final List<ApiErrorAnswers> apis;

    public ApiErrors(List<ApiErrorAnswers> apis) {
        this.apis = List.copyOf(apis);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, RuntimeException error) {
        Failure failure = Failure.of(error, request.prologue().method().text(),
                request.prologue().uriPath().rawPath());
        for (ApiErrorAnswers api : apis) {
            if (api.owns(request)) {
                api.answer(request, response, failure);
                return;
            }
        }
        if (failure.retryAfterSeconds() > 0) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(failure.retryAfterSeconds()));
        }
        response.status(Status.create(failure.status()));
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(ManagementErrorBody.bytes(failure.status(), failure.detail(), null));
    }
}
