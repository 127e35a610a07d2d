package dev.inboundscim.adapter.in.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.adapter.in.http.RequestIds;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Answers the failures Helidon handles before routing (a malformed request line or headers, a body over the
 * listener's limit, too many requests in flight) with the SCIM error body under {@code /scim/} and the Management API
 * body elsewhere, so every non-2xx answer has the documented shape. Helidon's message is not echoed: it may quote the
 * request.
 */
public final class ApiDirectHandler implements DirectHandler {

    /** How long a client turned away for overload should wait before it tries again. */
    public static final String OVERLOAD_RETRY_AFTER_SECONDS = "1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runnable onAnswer;

    /** {@code onAnswer} runs on the connection's thread for each answer (it ends a request head's deadline). */
    public ApiDirectHandler(Runnable onAnswer) {
        this.onAnswer = onAnswer;
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        onAnswer.run();
        Status answered = clientFault(request, eventType, status) ? Status.BAD_REQUEST_400 : status;
        int code = answered.code();
        String detail = detail(code, eventType);
        // Before the request line is parsed there is no path; SCIM clients are the ones sending huge URLs.
        boolean scim = request.path() == null || request.path().isEmpty() || request.path().startsWith("/scim/");
        ObjectNode body = scim
                ? ScimErrorBody.of(code, code == 400 ? "invalidSyntax" : null, detail)
                : ManagementErrorBody.of(code, detail, null);
        headers.set(HeaderNames.CONTENT_TYPE, scim ? "application/scim+json" : "application/json");
        // Answered before routing, the request has no id yet (SPEC §7.3: every response carries one).
        headers.set(RequestIds.HEADER, RequestIds.current()
                .orElseGet(() -> RequestIds.chosen(request.headers().first(RequestIds.HEADER).orElse(null))));
        if (code == 503) {
            headers.set(HeaderNames.RETRY_AFTER, OVERLOAD_RETRY_AFTER_SECONDS);
        }
        try {
            return TransportResponse.builder()
                    .status(answered)
                    .headers(headers)
                    .entity(JSON.writeValueAsBytes(body))
                    .keepAlive(eventType.keepAlive() && code < 500)
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an error body", e);
        }
    }

    /**
     * Answers that Helidon gives as a server error although the client is at fault: a request line it could not
     * parse at all (a control character in the method, no method), reported as an internal error of a request it
     * knows nothing about, and an HTTP version other than 1.1 (505). A hostile or broken request never gets a 5xx.
     */
    private static boolean clientFault(TransportRequest request, EventType eventType, Status status) {
        if (status.code() < 500 || status.code() == 503) {
            return false;
        }
        boolean unparsed = request.path() == null || request.path().isEmpty();
        return eventType == EventType.HTTP_VERSION_NOT_SUPPORTED || eventType == EventType.BAD_REQUEST
                || unparsed && (eventType == EventType.INTERNAL_ERROR || eventType == EventType.OTHER);
    }

    private static String detail(int code, EventType eventType) {
        return switch (code) {
            case 413 -> "The request body exceeds the size limit";
            case 414 -> "The request URI is too long";
            case 431 -> "The request headers are too large";
            case 503 -> "The server is handling as many requests as it can; retry shortly";
            default -> switch (eventType) {
                case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit";
                case BAD_REQUEST -> "The request is malformed";
                case HTTP_VERSION_NOT_SUPPORTED -> "Only HTTP/1.1 is supported";
                case FORBIDDEN -> "Forbidden";
                case INTERNAL_ERROR, OTHER -> code == 400 ? "The request is malformed"
                        : "The request could not be processed";
            };
        };
    }
}
