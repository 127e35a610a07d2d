package dev.inboundscim.adapter.in.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import java.util.Locale;

/** Auth0's Management API error document: {@code {statusCode, error, message, errorCode}}. */
public final class ManagementErrorBody {

    private ManagementErrorBody() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The document as bytes. */
    public static byte[] bytes(int status, String message, String errorCode) {
        try {
            return JSON.writeValueAsBytes(of(status, message, errorCode));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an error body", e);
        }
    }

    public static ObjectNode of(int status, String message, String errorCode) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("statusCode", status);
        body.put("error", Status.create(status).reasonPhrase());
        body.put("message", message);
        if (errorCode != null) {
            body.put("errorCode", errorCode);
        }
        return body;
    }

    /** The error code of {@code failure}: its SCIM keyword in Auth0's snake_case, else its status's own. */
    public static String errorCode(Failure failure) {
        return failure.scimType() == null ? codeFor(failure.status()) : snakeCase(failure.scimType());
    }

    /** Auth0 spells error codes in snake_case ({@code invalid_body}); SCIM keywords are camelCase. */
    static String snakeCase(String keyword) {
        return keyword.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The error code of a failure that carries none of its own, from its status. */
    public static String codeFor(int status) {
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
