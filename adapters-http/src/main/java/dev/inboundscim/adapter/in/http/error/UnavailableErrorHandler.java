package dev.inboundscim.adapter.in.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.domain.error.UnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * 503 with {@code Retry-After} for a store outage met by a route outside the two APIs' exchanges (which answer it
 * themselves), such as {@code /.well-known/jwks.json}: never Helidon's 500.
 */
public final class UnavailableErrorHandler implements ErrorHandler<UnavailableException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handle(ServerRequest request, ServerResponse response, UnavailableException error) {
        boolean scim = request.path().rawPath().startsWith("/scim/");
        ObjectNode body = scim ? ScimErrorBody.of(error) : ManagementErrorBody.of(503, error.detail(),
                "service_unavailable");
        response.status(Status.SERVICE_UNAVAILABLE_503);
        response.header(HeaderNames.RETRY_AFTER, String.valueOf(error.retryAfterSeconds()));
        response.header(HeaderNames.CONTENT_TYPE, scim ? "application/scim+json" : "application/json");
        try {
            response.send(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an error body", e);
        }
    }
}
