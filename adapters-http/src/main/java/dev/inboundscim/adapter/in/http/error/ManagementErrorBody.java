package dev.inboundscim.adapter.in.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;

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
}
