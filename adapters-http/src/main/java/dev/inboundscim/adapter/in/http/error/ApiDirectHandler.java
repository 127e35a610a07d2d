package dev.inboundscim.adapter.in.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Answers the failures Helidon handles before routing (a malformed request line or headers, a body over the
 * listener's limit) with the SCIM error body under {@code /scim/} and the Management API body elsewhere, so every
 * non-2xx answer has the documented shape. Helidon's message is not echoed: it may quote the request.
 */
public final class ApiDirectHandler implements DirectHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        String detail = status.code() == 413 ? "The request body exceeds the size limit"
                : status.code() == 414 ? "The request URI is too long" : switch (eventType) {
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit";
            case BAD_REQUEST -> "The request is malformed";
            case HTTP_VERSION_NOT_SUPPORTED -> "The HTTP version is not supported";
            case FORBIDDEN -> "Forbidden";
            case INTERNAL_ERROR, OTHER -> "The request could not be processed";
        };
        // Before the request line is parsed there is no path; SCIM clients are the ones sending huge URLs.
        boolean scim = request.path() == null || request.path().isEmpty() || request.path().startsWith("/scim/");
        ObjectNode body = scim
                ? ScimErrorBody.of(status.code(), status.code() == 400 ? "invalidSyntax" : null, detail)
                : ManagementErrorBody.of(status.code(), detail, null);
        headers.set(HeaderNames.CONTENT_TYPE, scim ? "application/scim+json" : "application/json");
        try {
            return TransportResponse.builder()
                    .status(status)
                    .headers(headers)
                    .entity(JSON.writeValueAsBytes(body))
                    .keepAlive(eventType.keepAlive())
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an error body", e);
        }
    }
}
